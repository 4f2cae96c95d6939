// facts only, one per line
package main
.StringP("config", "c", "", "configuration file path"
