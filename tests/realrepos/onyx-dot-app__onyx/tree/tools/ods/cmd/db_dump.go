// facts only, one per line
.StringVar(&opts.Schema, "schema", "", "Dump only a specific schema"
