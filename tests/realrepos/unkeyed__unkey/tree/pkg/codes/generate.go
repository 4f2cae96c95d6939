// facts only, one per line
//go:build ignore
// +build ignore
package main
