// facts only, one per line
package main
.String("proxy", "", "module proxy URL (defaults to GOPROXY or https://proxy.golang.org)"
