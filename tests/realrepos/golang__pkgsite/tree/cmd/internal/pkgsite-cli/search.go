// facts only, one per line
package main
.StringVar(&f.symbol, "symbol", "", "search for a symbol"
.StringVar(&f.token, "token", "", "page token for pagination"
