// facts only, one per line
//go:build windows
package main
cmd.Run()
