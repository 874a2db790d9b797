package corpus

import (
	"strings"
)

// StripMarkdown turns Markdown into the plain text a reader sees, for
// articles saved as *.md: heading marks ("## Titel"), block quotes, list
// bullets, emphasis, inline code, links and images (their text is kept, the
// address dropped), reference definitions, rules, code fences, HTML
// comments and YAML front matter are removed. A setext underline ("=====")
// becomes a blank line, so the heading stands as its own block. Paragraph
// breaks are kept. It works line by line and never joins lines.
//
// Markdown needs whole lines and bracket pairs, so this is a string
// function run before the normalizing transformer, not a transformer.
func StripMarkdown(text string) string {
	lines := strings.Split(text, "\n")
	out := make([]string, 0, len(lines))
	inFence, fence := false, ""
	start := 0
	if len(lines) > 0 && strings.TrimRight(lines[0], " \r") == "---" {
		// YAML front matter: up to the next "---" or "...".
		for i := 1; i < len(lines); i++ {
			if l := strings.TrimRight(lines[i], " \r"); l == "---" || l == "..." {
				start = i + 1
				break
			}
		}
	}
	for i := start; i < len(lines); i++ {
		line := strings.TrimRight(lines[i], "\r")
		trimmed := strings.TrimLeft(line, " ")
		indent := len(line) - len(trimmed)
		if inFence {
			if strings.HasPrefix(trimmed, fence) {
				inFence = false
				out = append(out, "")
				continue
			}
			out = append(out, line)
			continue
		}
		if indent <= 3 && (strings.HasPrefix(trimmed, "```") || strings.HasPrefix(trimmed, "~~~")) {
			inFence, fence = true, trimmed[:3]
			out = append(out, "")
			continue
		}
		switch {
		case indent <= 3 && isRule(trimmed):
			out = append(out, "")
			continue
		case indent <= 3 && isSetextUnderline(trimmed) && len(out) > 0 && strings.TrimSpace(out[len(out)-1]) != "":
			out = append(out, "")
			continue
		case indent <= 3 && isReferenceDefinition(trimmed):
			out = append(out, "")
			continue
		}
		if indent <= 3 {
			trimmed = stripBlockMarks(trimmed)
			line = trimmed
		}
		out = append(out, stripInline(line))
	}
	return strings.Join(out, "\n")
}

// stripBlockMarks removes a heading mark, block-quote marks and a list
// bullet from the start of a line (numbered list items keep their number).
func stripBlockMarks(s string) string {
	for {
		if rest, ok := strings.CutPrefix(s, ">"); ok {
			s = strings.TrimPrefix(rest, " ")
			continue
		}
		break
	}
	if n := countPrefix(s, '#'); n >= 1 && n <= 6 && (len(s) == n || s[n] == ' ' || s[n] == '\t') {
		s = strings.TrimSpace(s[n:])
		s = strings.TrimSpace(strings.TrimRight(s, "#"))
		return s
	}
	for _, bullet := range []string{"- ", "* ", "+ "} {
		if rest, ok := strings.CutPrefix(s, bullet); ok {
			rest = strings.TrimPrefix(strings.TrimPrefix(strings.TrimPrefix(rest, "[ ] "), "[x] "), "[X] ")
			return rest
		}
	}
	return s
}

func countPrefix(s string, c byte) int {
	n := 0
	for n < len(s) && s[n] == c {
		n++
	}
	return n
}

// isRule recognizes a thematic break: three or more -, * or _ alone.
func isRule(s string) bool {
	s = strings.ReplaceAll(strings.TrimSpace(s), " ", "")
	if len(s) < 3 {
		return false
	}
	c := s[0]
	return (c == '-' || c == '*' || c == '_') && countPrefix(s, c) == len(s)
}

// isSetextUnderline recognizes "===" (or "---", already taken as a rule
// when the line before is blank).
func isSetextUnderline(s string) bool {
	s = strings.TrimSpace(s)
	return len(s) >= 2 && (countPrefix(s, '=') == len(s) || countPrefix(s, '-') == len(s))
}

// isReferenceDefinition recognizes "[label]: http://…".
func isReferenceDefinition(s string) bool {
	if !strings.HasPrefix(s, "[") {
		return false
	}
	end := strings.Index(s, "]:")
	return end > 1 && !strings.Contains(s[:end], "]") && len(strings.Fields(s[end+2:])) >= 1 &&
		len(strings.Fields(s[end+2:])) <= 3
}

// stripInline removes inline markup: images and links keep their text,
// code spans their content, emphasis marks go, autolinks lose their angle
// brackets, HTML comments and tags go.
func stripInline(s string) string {
	if !strings.ContainsAny(s, "*_`[]<!") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		c := s[i]
		switch c {
		case '\\':
			if i+1 < len(s) && strings.IndexByte("\\`*_{}[]()#+-.!<>", s[i+1]) >= 0 {
				b.WriteByte(s[i+1])
				i += 2
				continue
			}
		case '`':
			n := countPrefix(s[i:], '`')
			if end := strings.Index(s[i+n:], s[i:i+n]); end >= 0 {
				b.WriteString(strings.TrimSpace(s[i+n : i+n+end]))
				i += n + end + n
				continue
			}
		case '!', '[':
			open := i
			if c == '!' {
				if i+1 >= len(s) || s[i+1] != '[' {
					break
				}
				open = i + 1
			}
			if text, next, ok := linkAt(s, open); ok {
				b.WriteString(stripInline(text))
				i = next
				continue
			}
		case '*', '_':
			n := countPrefix(s[i:], c)
			if n <= 3 && emphasisMark(s, i, n) {
				i += n
				continue
			}
		case '<':
			if end := strings.IndexByte(s[i:], '>'); end > 0 {
				inner := s[i+1 : i+end]
				switch {
				case strings.HasPrefix(inner, "http://") || strings.HasPrefix(inner, "https://") || strings.HasPrefix(inner, "mailto:"):
					b.WriteString(strings.TrimPrefix(inner, "mailto:"))
					i += end + 1
					continue
				case strings.HasPrefix(inner, "!--"):
					if e := strings.Index(s[i:], "-->"); e >= 0 {
						i += e + 3
						continue
					}
				case isTag(inner):
					if name := strings.ToLower(strings.Trim(inner, "/ ")); name == "br" {
						b.WriteByte('\n') // a line break in the text
					}
					i += end + 1
					continue
				}
			}
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

// linkAt parses "[text](address)", "[text][ref]" or "[text][]" at s[i]
// ('['); it returns the text and the index after the link.
func linkAt(s string, i int) (text string, next int, ok bool) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '[':
			depth++
		case ']':
			depth--
			if depth > 0 {
				continue
			}
			text = s[i+1 : j]
			if j+1 < len(s) && s[j+1] == '(' {
				if end := strings.IndexByte(s[j+1:], ')'); end > 0 {
					return text, j + 1 + end + 1, true
				}
			}
			if j+1 < len(s) && s[j+1] == '[' {
				if end := strings.IndexByte(s[j+1:], ']'); end > 0 {
					return text, j + 1 + end + 1, true
				}
			}
			return "", 0, false
		}
	}
	return "", 0, false
}

// emphasisMark reports whether the run of n marks at s[i] opens or closes
// emphasis: it touches a word on one side and space or punctuation (or the
// line's edge) on the other. "a*b" and "snake_case" stay as they are.
func emphasisMark(s string, i, n int) bool {
	before := byte(' ')
	if i > 0 {
		before = s[i-1]
	}
	after := byte(' ')
	if i+n < len(s) {
		after = s[i+n]
	}
	opens := !isSpaceByte(after) && (isSpaceByte(before) || isPunctByte(before))
	closes := !isSpaceByte(before) && (isSpaceByte(after) || isPunctByte(after))
	if s[i] == '_' {
		return opens != closes // intraword underscores are not emphasis
	}
	return opens || closes
}

func isSpaceByte(c byte) bool { return c == ' ' || c == '\t' }

func isPunctByte(c byte) bool { return strings.IndexByte(".,;:!?)(\"'-*_[]", c) >= 0 }

// isTag recognizes a simple HTML tag: "b", "/em", "br/", "span class=x".
func isTag(inner string) bool {
	inner = strings.TrimPrefix(inner, "/")
	if inner == "" {
		return false
	}
	name, _, _ := strings.Cut(strings.TrimSuffix(inner, "/"), " ")
	for _, r := range name {
		if !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9') {
			return false
		}
	}
	return true
}
