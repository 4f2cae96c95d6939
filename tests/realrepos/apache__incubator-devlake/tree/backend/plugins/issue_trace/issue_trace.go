// facts only, one per line
package main
.StringP("plugin", "p", "", "plugin"
