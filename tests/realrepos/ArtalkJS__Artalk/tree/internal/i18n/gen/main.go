// facts only, one per line
package main
.StringVar(&workDir, "w", "", "specify work directory"
.StringVar(&outputFile, "o", "", "specify output filename"
.StringVar(&updateDir, "u", "", "specify which directory to update"
