// facts only, one per line
//go:build !cgo
