// facts only, one per line
.StringVarP(&inputFile, "inputFile", "i", "", "The json file where the users should be imported from."
.StringVarP(&inputUrl, "inputUrl", "u", "", "The url to a json file where the users should be imported from."
.StringVar(&tenantID, "tenant_id", "", "tenant ID (optional)"
