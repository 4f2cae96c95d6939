// facts only, one per line
//go:build race
// +build race
