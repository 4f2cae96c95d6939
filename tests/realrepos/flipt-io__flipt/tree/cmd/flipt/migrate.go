// facts only, one per line
package main
.StringVar(&providedConfigFile, "config", "", "path to config file"
