// facts only, one per line
package main
.String("file", "", "path to the export file"
