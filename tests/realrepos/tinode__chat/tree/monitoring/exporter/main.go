// facts only, one per line
package main
listenAddr = ":6222"
.String("influx_auth_token", "", "InfluxDB authentication token."
