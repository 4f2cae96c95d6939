// facts only, one per line
package main
.String("in", "", "input file, containing sig proto"
.String("out", "", "output file, just signature"
