package align

import (
	_ "embed"
	"strings"
	"sync"
)

// glossaryText is a small German–English glossary of frequent news words,
// written for satz (data/glossary.txt). It gives the aligner some lexical
// evidence when no dictionary is passed.
//
//go:embed data/glossary.txt
var glossaryText string

// builtinGlossary parses glossaryText once; the Dict is read-only.
var builtinGlossary = sync.OnceValue(func() *Dict {
	d, err := ReadDict(strings.NewReader(glossaryText))
	if err != nil {
		panic("align: bad built-in glossary: " + err.Error())
	}
	return d
})
