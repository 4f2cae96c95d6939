// facts only, one per line
package main
.StringVar(&configPath, "c", "", "config path"
