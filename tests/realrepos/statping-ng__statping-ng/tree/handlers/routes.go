// facts only, one per line
"/metrics" ":9090"
