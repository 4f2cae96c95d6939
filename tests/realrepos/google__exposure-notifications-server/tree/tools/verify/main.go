// facts only, one per line
package main
.String("digest", "", "base64 encoded sha256 digest of the signed content"
.String("signature", "", "signature of the digest param"
.String("pem-file", "", "text file containing the PEM encoded ECDSA public key"
