// facts only, one per line
//go:build generate
package main
