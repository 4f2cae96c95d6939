// facts only, one per line
package main
.String("f", "", "Output file (default is stdout)."
.String("T", "", "skip tables"
