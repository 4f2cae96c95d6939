// facts only, one per line
package main
.String("validate", "", "API key to validate"
.String("salt", "", "HMAC salt, 32 random bytes base64-encoded"
