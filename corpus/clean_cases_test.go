package corpus

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// txtar splits a txtar archive into its sections.
func txtar(data string) map[string]string {
	sections := map[string]string{}
	name := ""
	var b strings.Builder
	for line := range strings.Lines(data) {
		trimmed := strings.TrimRight(line, "\r\n")
		if strings.HasPrefix(trimmed, "-- ") && strings.HasSuffix(trimmed, " --") && len(trimmed) > 6 {
			if name != "" {
				sections[name] = b.String()
			}
			name = strings.TrimSuffix(strings.TrimPrefix(trimmed, "-- "), " --")
			b.Reset()
			continue
		}
		b.WriteString(line)
	}
	if name != "" {
		sections[name] = b.String()
	}
	return sections
}

// lineRoles returns the role of every line of d's cleaned text, as the
// test cases write them: the role of the line's segments, "caption+credit"
// for a caption line whose credit was split off.
func lineRoles(d *Document) (lines, roles []string) {
	seg := 0
	for start := 0; start < len(d.Text); {
		end := strings.IndexByte(d.Text[start:], '\n')
		if end < 0 {
			end = len(d.Text)
		} else {
			end += start
		}
		if end > start {
			var rs []string
			for ; seg < len(d.Segments) && d.Segments[seg].Start < end; seg++ {
				if r := string(d.Segments[seg].Role); !slices.Contains(rs, r) {
					rs = append(rs, r)
				}
			}
			lines = append(lines, d.Text[start:end])
			roles = append(roles, strings.Join(rs, "+"))
		}
		start = end + 1
	}
	return lines, roles
}

// minCleanAccuracy is the share of lines of testdata/clean that must get
// the expected role.
const minCleanAccuracy = 0.89

// TestCleanCases runs the articles in testdata/clean, written in the style
// of other German outlets by someone who did not see the rules, and
// compares the role of every line with the one a careful reader gave it.
func TestCleanCases(t *testing.T) {
	files, _ := filepath.Glob("../testdata/clean/*.txtar")
	if len(files) == 0 {
		t.Skip("no cases in testdata/clean")
	}
	var total, wrong, bodyLost int
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		sec := txtar(string(data))
		d := NewProcessor(Options{}).Process(sec["input"], Decoding{}, "case", f)
		lines, roles := lineRoles(d)
		var want []string
		for l := range strings.Lines(sec["roles"]) {
			l = strings.TrimRight(l, "\r\n")
			if l == "" {
				continue
			}
			role, text, _ := strings.Cut(l, "\t")
			want = append(want, role)
			_ = text
		}
		if len(want) != len(lines) {
			t.Errorf("%s: %d lines after cleaning, %d roles in the case", f, len(lines), len(want))
			continue
		}
		for i := range lines {
			total++
			if roles[i] == want[i] {
				continue
			}
			wrong++
			lost := want[i] != "boilerplate" && roles[i] == "boilerplate"
			if lost {
				bodyLost++
				t.Errorf("%s: article text dropped: %q: got %s, want %s", filepath.Base(f), abbrev(lines[i], 60), roles[i], want[i])
			} else if testing.Verbose() {
				t.Logf("%s: %q: got %s, want %s", filepath.Base(f), abbrev(lines[i], 60), roles[i], want[i])
			}
		}
	}
	acc := float64(total-wrong) / float64(total)
	t.Logf("%d of %d lines (%.1f%%) with the expected role; article lines dropped: %d", total-wrong, total, 100*acc, bodyLost)
	// A floor just below the measured figure, so that a rule change that
	// loses accuracy fails; raise it as the rules improve.
	if acc < minCleanAccuracy {
		t.Errorf("line-role accuracy %.3f below the floor %.3f", acc, minCleanAccuracy)
	}
}

func abbrev(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return fmt.Sprint(s)
}
