// facts only, one per line
.StringVar(&opts.Description, "description", "", "Provide a description for the token."
