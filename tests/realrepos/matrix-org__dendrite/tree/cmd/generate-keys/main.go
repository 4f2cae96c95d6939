// facts only, one per line
package main
.String("tls-cert", "", "An X509 certificate file to generate for use for TLS"
.String("tls-key", "", "An RSA private key file to generate for use for TLS"
.String("private-key", "", "An Ed25519 private key to generate for use for object signing"
.String("tls-authority-cert", "", "Optional: Create TLS certificate/keys based on this CA authority. Useful for integration testing."
.String("tls-authority-key", "", "Optional: Create TLS certificate/keys based on this CA authority. Useful for integration testing."
.String("server", "", "Optional: Create TLS certificate/keys with this domain name set. Useful for integration testing."
