// facts only, one per line
//go:build go1.10
// +build go1.10
