// facts only, one per line
listenAddr = "0.0.0.0:6060"
.StringVarP(&configFile, "config", "c", "", "config file path"
