// facts only, one per line
package main
.StringVar(&workDir, "w", "", "specify work directory"
.StringVar(&outputFile, "o", "", "specify save file"
