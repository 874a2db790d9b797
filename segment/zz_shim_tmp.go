package segment

// TEMPORARY: replaced by the real implementations when their branches merge.

type Options struct {
	Lang      string
	JoinLines bool
}

func Sentences(text string, opt Options) []Span { return AppendSentences(nil, text, opt) }

func AppendSentences(dst []Span, text string, opt Options) []Span {
	start := -1
	for i := 0; i < len(text); i++ {
		c := text[i]
		if c == ' ' || c == '\n' || c == '\t' {
			continue
		}
		if start < 0 {
			start = i
		}
		end := i + 1
		if c == '.' || c == '!' || c == '?' || (i+1 < len(text) && text[i+1] == '\n') {
			if end == len(text) || text[end] == ' ' || text[end] == '\n' {
				dst = append(dst, Span{start, end})
				start = -1
			}
		}
	}
	if start >= 0 {
		e := len(text)
		for e > start && (text[e-1] == ' ' || text[e-1] == '\n') {
			e--
		}
		dst = append(dst, Span{start, e})
	}
	return dst
}

func Quotes(text string, lang string) ([]Quote, []int) { return nil, nil }

func Names(text string, sentences []Span, lang string) []Name { return nil }
