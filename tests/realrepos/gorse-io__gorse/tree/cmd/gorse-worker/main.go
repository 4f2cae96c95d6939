// facts only, one per line
package main
"master-port", 8086
"http-port", 8089
.String("ssl-ca", "", "path of SSL CA"
.String("ssl-cert", "", "path to SSL certificate"
.String("ssl-key", "", "path to SSL key"
