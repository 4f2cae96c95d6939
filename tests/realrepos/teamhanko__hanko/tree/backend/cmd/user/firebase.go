// facts only, one per line
.StringVar(&opts.inputFile, "input", "", "Firebase export input file (JSON)"
.StringVar(&opts.configFile, "config", "", "Firebase hash config file (JSON)"
