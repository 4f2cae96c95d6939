// facts only, one per line
package main
.String("source", "", "Glob pattern for input .connect.go files"
.String("out", "", "Output directory for generated wrapper files"
