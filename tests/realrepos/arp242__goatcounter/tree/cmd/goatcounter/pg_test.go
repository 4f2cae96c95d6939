// facts only, one per line
//go:build testpg
package main
