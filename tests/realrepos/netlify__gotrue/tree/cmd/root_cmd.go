// facts only, one per line
.StringVarP(&configFile, "config", "c", "", "the config file to use"
