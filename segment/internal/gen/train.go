//go:build namesgen

package main

import (
	"fmt"
	"os"
	"path/filepath"
	"strconv"

	"github.com/satzwerk/satz/segment"
)

func trainModel(udPath, gePath, out string) error {
	ud, err := os.ReadFile(udPath)
	if err != nil {
		return err
	}
	ge, err := os.ReadFile(gePath)
	if err != nil {
		return err
	}
	table := segment.BuildLexiconTable()
	path := filepath.Join(out, "lex_de.bin")
	if err := os.WriteFile(path, table, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", path, len(table))
	prior := segment.BuildWordPrior()
	path = filepath.Join(out, "names_prior.bin")
	if err := os.WriteFile(path, prior, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", path, len(prior))
	model, report := segment.TrainNames(string(ud), string(ge), epochs("NAMES_EPOCHS", segment.NameEpochs), epochs("NAMES_TYPE_EPOCHS", segment.NameEpochs))
	fmt.Print(report)
	path = filepath.Join(out, "names_model.bin")
	if err := os.WriteFile(path, model, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", path, len(model))
	return nil
}

func epochs(env string, def int) int {
	if n, err := strconv.Atoi(os.Getenv(env)); err == nil {
		return n
	}
	return def
}
