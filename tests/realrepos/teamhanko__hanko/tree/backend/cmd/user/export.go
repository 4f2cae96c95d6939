// facts only, one per line
.StringVarP(&outputFile, "outputFile", "o", "", "The path of the output file."
.StringVar(&tenantID, "tenant_id", "", "tenant ID (optional)"
