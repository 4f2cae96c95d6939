// facts only, one per line
// +build ignore
package main
cmd.Run()
