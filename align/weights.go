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
	w:     [nFeat]float64{2.0, -0.5, 1.0, -0.7, 0.8, 2.0, -0.5, 0.4, -0.5, 0, 0, -1.5, -1, -1},
	theta: 0,
	calA:  1, calB: 0,
}

var modelDict = model{
	w:     [nFeat]float64{0.0, -0.5, 1.0, -0.7, 0.8, 2.0, -0.5, 0.4, -0.5, 2, 2, -1.5, -1, -1},
	theta: 0,
	calA:  1, calB: 0,
}
