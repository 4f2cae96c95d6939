// facts only, one per line
//go:build unix
package main
