// facts only, one per line
//go:build unix
// +build unix
