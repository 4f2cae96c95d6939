// facts only, one per line
package main
.StringVar(&name, "name", "", "old previous storage name"
.StringVar(&config, "config", "", "config directory"
