// facts only, one per line
package main
.String("output", "", "The output file name, or empty to use stdout."
