// facts only, one per line
package main
.String("subject", "", "(Required) The OIDC subject (for issuer https://accounts.google.com, this is the obfuscated Gaia ID.)"
.String("note", "", "An open text note to include on the record."
