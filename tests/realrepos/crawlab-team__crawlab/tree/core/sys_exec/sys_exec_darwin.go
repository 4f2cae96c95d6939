// facts only, one per line
//go:build darwin
// +build darwin
