package segment

import (
	"fmt"
	"os"
	"testing"
)

func TestQuotesDump(t *testing.T) {
	f := os.Getenv("QDUMP")
	if f == "" {
		t.Skip()
	}
	b, _ := os.ReadFile(f)
	text := string(b)
	qs, st := Quotes(text, os.Getenv("QLANG"))
	for _, q := range qs {
		s := q.Text(text)
		if len(s) > 70 {
			s = s[:35] + "…" + s[len(s)-35:]
		}
		fmt.Printf("%d-%d d%d bal=%v %s sp=%q full=%q [%d,%d] %q\n", q.Start, q.End, q.Depth, q.Balanced, q.Kind, q.Speaker, q.SpeakerFull, q.SpeakerStart, q.SpeakerEnd, s)
	}
	for _, o := range st {
		lo := max(0, o-20)
		fmt.Printf("stray %d %q\n", o, text[lo:min(len(text), o+5)])
	}
}
