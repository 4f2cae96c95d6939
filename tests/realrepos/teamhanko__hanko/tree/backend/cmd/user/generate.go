// facts only, one per line
.StringVarP(&outputFile, "outputFile", "o", "", "The path of the output file."
