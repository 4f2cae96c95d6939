// facts only, one per line
.StringVarP(&inputFile, "input", "i", "", "Path to OpenAPI specification file (required)"
.StringVarP(&outputFile, "output", "o", "", "Path to output JSON Schema file"
