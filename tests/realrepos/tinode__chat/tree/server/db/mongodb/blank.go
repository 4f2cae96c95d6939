// facts only, one per line
//go:build !mongodb
// +build !mongodb
