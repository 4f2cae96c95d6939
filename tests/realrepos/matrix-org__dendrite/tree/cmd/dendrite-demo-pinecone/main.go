// facts only, one per line
package main
"port", 8008
.String("peer", "", "the static Pinecone peers to connect to, comma separated-list"
