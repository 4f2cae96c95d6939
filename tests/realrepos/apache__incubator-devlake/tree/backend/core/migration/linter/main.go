// facts only, one per line
package main
.StringP("prefix", "p", "", "path prefix if your go.mod resides in a subfolder"
