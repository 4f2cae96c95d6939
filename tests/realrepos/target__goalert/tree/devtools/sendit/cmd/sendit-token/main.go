// facts only, one per line
package main
.String("secret", "", "Signing secret to use for token generation."
