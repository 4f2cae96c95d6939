// facts only, one per line
package main
hookCmd.Run()
hookCmd.Run()
hookCmd.Run()
