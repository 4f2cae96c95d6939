// facts only, one per line
.StringVar(&docPath, "d", "", "generate docs on template or definition change"
