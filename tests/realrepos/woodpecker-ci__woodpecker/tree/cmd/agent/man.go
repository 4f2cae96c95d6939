// facts only, one per line
//go:build man
package main
