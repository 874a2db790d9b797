//go:build !namesgen

package main

import "errors"

func trainModel(ud, ge, out string) error {
	return errors.New("the model stage needs -tags namesgen")
}
