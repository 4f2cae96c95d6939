// facts only, one per line
//go:build linux
// +build linux
