// facts only, one per line
package main
.String("query-id", "", "(Required) The ID of the federation query to set."
.String("server-addr", "", "(Required) The address of the remote server, in the form some-server:some-port"
.String("last-timestamp", "", "The last timestamp (RFC3339) to set; queries start from this point and go forward."
