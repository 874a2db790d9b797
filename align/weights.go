package align

// model is a fitted logistic model with its calibration constants. The
// weights come from `go test -run 'Fit$' -v ./align -fit` (coordinate
// ascent on strict F1, started from a logistic fit), the calibration from
// `go test -run FitCalibration -v ./align -fit`, both on the even-numbered
// documents of align-dev only (see fit_test.go).
type model struct {
	w [nFeat]float64
	// theta is subtracted from a bead's log-odds in the dynamic programme:
	// a full link is chosen only when it beats leaving its sentences unaligned
	// by theta.
	theta float64
	// The reported score of a full link with log-odds z is
	// sigmoid(calA·z + calB + calS·supported + calD·share), where supported
	// says whether the link shares a rare anchor (or dictionary words) and
	// share is the part of the document in such links.
	calA, calB, calS, calD float64
	// The score of a null link is sigmoid(nullA·z + nullB + nullD·share),
	// where z is the best 1-1 log-odds of the sentence within the band.
	nullA, nullB, nullD float64
}

var modelPlain = model{
	w:    [nFeat]float64{2, -0.5, 1, -1.05, 1.2, 2, -0.5, 0.4, -1.125, 0, 0, -0.75, -1, -1, -0.5},
	calA: 0.6278, calB: -5.61, calS: -0.16, calD: 15.98,
	nullA: -1.753, nullB: 6.457, nullD: -2.065,
}

var modelDict = model{
	w:    [nFeat]float64{0, -0.25, 1, -0.7, 0.4, 2, -0.5, 0.4, -0.5, 3, 1.75, -0.75, -1, -1, -0.5},
	calA: 1.883, calB: -5.5, calS: -0.8329, calD: 13.17,
	nullA: -2.181, nullB: 4.985, nullD: -2.689,
}

var modelGlossary = model{
	w:    [nFeat]float64{1, -0.5, 1, -1.969, 1.2, 2, -0.5, 0.4, -1.125, 3, 1, -1.125, -1, -1, -0.5},
	calA: 1.106, calB: -8.519, calS: 0.4101, calD: 13.53,
	nullA: -1.59, nullB: 7.469, nullD: -2.666,
}
