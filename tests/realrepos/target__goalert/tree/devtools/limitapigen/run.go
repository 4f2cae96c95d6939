// facts only, one per line
package main
.String("out", "", "Output file."
