// facts only, one per line
package main
"master-port", 8086
"http-port", 8087
