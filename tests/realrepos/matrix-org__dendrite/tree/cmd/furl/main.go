// facts only, one per line
package main
.String("from", "", "the server name that the request should originate from"
