package segment_test

import (
	"fmt"
	"strings"

	"github.com/satzwerk/satz/segment"
)

// The English translation of an aligned sentence marks the park as a name
// and the euro as none.
func ExampleNamesFromTranslation() {
	de := "In der Hasenheide feierten 5000 Menschen, der Eintritt kostete zehn Euro."
	en := "In the Hasenheide park, 5,000 people partied; admission cost ten euros."
	sentence := []segment.Span{{Start: 0, End: len(de)}}
	euro := strings.Index(de, "Euro")
	names := []segment.Name{{Span: segment.Span{Start: euro, End: euro + len("Euro")}, Type: "MISC"}} // marked wrongly
	links := []segment.AlignedSpans{{DE: sentence, EN: []segment.Span{{Start: 0, End: len(en)}}}}
	revised, changes := segment.NamesFromTranslation(de, names, en, links)
	for _, n := range revised {
		fmt.Println("name:", n.Text(de))
	}
	for _, c := range changes {
		fmt.Println("added:", c.Added, c.Text(de))
	}
	// Output:
	// name: Hasenheide
	// added: true Hasenheide
	// added: false Euro
}
