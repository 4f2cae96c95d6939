// facts only, one per line
//go:build ignore
package main
client.Run()
