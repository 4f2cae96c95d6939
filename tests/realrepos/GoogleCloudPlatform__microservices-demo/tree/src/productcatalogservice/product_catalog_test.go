// facts only, one per line
package main
m.Run()
