// facts only, one per line
package main
.String("out", "", "output file"
