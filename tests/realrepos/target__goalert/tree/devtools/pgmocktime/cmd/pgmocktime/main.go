// facts only, one per line
package main
.String("t", "", "Set time to the provided value."
