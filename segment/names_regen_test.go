//go:build namesgen

package segment

import (
	"bytes"
	"testing"
)

// TestNamesModelReproducible holds that the committed model is what
// scripts/gen-names.sh makes from the development data and the code as it
// is: a change of the features or of the gazetteer's flags must come with a
// retrained model (go run -tags namesgen ./segment/internal/gen -stage
// model). Run with
//
//	go test -tags namesgen -run NamesModelReproducible ./segment
func TestNamesModelReproducible(t *testing.T) {
	ud := readDevData(t, udDevPath)
	ge := readDevData(t, germEvalDevPath)
	got, _ := TrainNames(ud, ge, NameEpochs, NameEpochs) // as the generator trains
	if !bytes.Equal(got, nameModelData) {
		t.Fatalf("the committed names model (%d bytes) is not what training makes now (%d bytes): retrain it", len(nameModelData), len(got))
	}
}

// TestNamesPriorReproducible holds that the committed spelling prior
// (data/names_prior.bin) is what training on the committed word list makes.
func TestNamesPriorReproducible(t *testing.T) {
	if got := BuildWordPrior(); !bytes.Equal(got, priorFile) {
		t.Fatalf("the committed spelling prior (%d bytes) is not what training makes now (%d bytes): regenerate it (go run -tags namesgen ./segment/internal/gen -stage model)", len(priorFile), len(got))
	}
}
