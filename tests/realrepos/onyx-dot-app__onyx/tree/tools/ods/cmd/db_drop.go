// facts only, one per line
.StringVar(&opts.Schema, "schema", "", "Drop a specific schema instead of the entire database"
