//go:build namesgen

package main

import (
	"fmt"
	"os"
	"path/filepath"

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
	model, report := segment.TrainNames(string(ud), string(ge), 12)
	fmt.Print(report)
	path := filepath.Join(out, "names_model.bin")
	if err := os.WriteFile(path, model, 0o644); err != nil {
		return err
	}
	fmt.Printf("wrote %s: %d bytes\n", path, len(model))
	return nil
}
