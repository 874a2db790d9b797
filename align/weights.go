package align

// model is a fitted logistic model with its decision and calibration
// constants. The figures are produced by `go test -run Fit -fit ./align`
// on the even-numbered documents of align-dev (see fit_test.go).
type model struct {
	w [nFeat]float64
	// theta is subtracted from a bead's log-odds in the dynamic programme:
	// a full link is chosen only when it beats leaving its sentences unaligned
	// by theta.
	theta float64
	// calA, calB map log-odds to the reported link score sigmoid(calA·z+calB).
	calA, calB float64
}

var modelPlain = model{
	w:    [nFeat]float64{2, -0.5, 1, -1.05, 1.2, 2, -0.5, 0.4, -1.125, 0, 0, -0.75, -1, -1},
	calA: 0.543, calB: 2.092,
}

var modelDict = model{
	w:    [nFeat]float64{0, -0.25, 1, -0.7, 0.4, 2, -0.5, 0.4, -0.5, 3, 1.75, -0.75, -1, -1},
	calA: 0.8766, calB: 2.713,
}
