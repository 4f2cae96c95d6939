// facts only, one per line
package main
.String("file", "", "--file=<filename that contains publish json>"
