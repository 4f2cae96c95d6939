// facts only, one per line
"/metrics" "0.0.0.0:6060"
.StringVarP(&configFile, "config", "c", "", "config file path"
