// facts only, one per line
package main
.StringVarP(&origin, "origin", "o", "", "websocket origin"
