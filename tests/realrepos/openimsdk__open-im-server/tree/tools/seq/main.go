// facts only, one per line
package main
.StringVar(&config, "c", "", "config directory"
