// facts only, one per line
package main
"port", 8008
.String("peer", "", "the static Yggdrasil peers to connect to, comma separated-list"
