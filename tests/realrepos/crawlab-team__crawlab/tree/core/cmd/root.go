// facts only, one per line
.StringVar(&cfgFile, "c", "", "Use Custom Config File"
