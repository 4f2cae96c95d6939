// facts only, one per line
//go:build !bimg
// +build !bimg
