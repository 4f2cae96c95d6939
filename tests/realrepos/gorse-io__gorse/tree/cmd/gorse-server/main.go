// facts only, one per line
package main
"master-port", 8086
"http-port", 8087
.String("ssl-ca", "", "path of SSL CA"
.String("ssl-cert", "", "path of SSL certificate"
.String("ssl-key", "", "path of SSL key"
