//go:build !namesgen

package segment

import _ "embed"

// The word list as a prebuilt hash table (data/lex_de.bin), so that loading
// it is a copy rather than 350,000 insertions. segment/internal/gen builds it
// from data/lex_de.txt; TestNamesLexiconTable checks that they agree.
//
//go:embed data/lex_de.bin
var lexBin []byte

// gazetteerRoom is the number of words the gazetteer may add to the table.
const gazetteerRoom = 8192

func lexBase() *lexTable {
	if t := unmarshalLex(lexBin); t != nil {
		return t
	}
	return &lexTable{slots: make([]uint64, 1<<14), mask: 1<<14 - 1}
}

// The spelling prior's weights (data/names_prior.bin), which
// segment/internal/gen trains from data/lex_de.txt.
//
//go:embed data/names_prior.bin
var priorBin []byte

func priorBase() *wordPrior {
	if p := unmarshalWordPrior(priorBin); p != nil {
		return p
	}
	return &wordPrior{w: make([]int8, priorClasses<<priorBits)}
}
