// facts only, one per line
package main
.String("unix-socket", "", "EXPERIMENTAL(unstable): The HTTP listening unix socket for the server (disables http[s]-bind-address feature)"
listenAddr = ":8008"
listenAddr = ":8448"
.String("tls-cert", "", "The PEM formatted X509 certificate to use for TLS"
.String("tls-key", "", "The PEM private key to use for TLS"
