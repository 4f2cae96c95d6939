// facts only, one per line
package main
.String("file", "", "path to the export files, supports file globs"
.String("key-id", "", "the expected key ID"
.String("key-version", "", "the expected key version"
.String("pem-file", "", "text file containing the PEM encoded ECDSA public key"
