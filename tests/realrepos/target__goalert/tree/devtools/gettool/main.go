// facts only, one per line
package main
.String("t", "", "Tool to fetch."
.String("v", "", "Version of the tool to fetch."
.String("o", "", "Output file/dir."
