// facts only, one per line
package main
bounce.Run()
mgr.Run()
