// facts only, one per line
.StringVarP(&configFile, "config", "c", "", "base configuration file to load"
.StringVarP(&watchDir, "config-dir", "d", "", "directory containing a sorted list of config files to watch for changes"
