// facts only, one per line
package main
.StringP("path", "p", "", "path of the plugin directory"
