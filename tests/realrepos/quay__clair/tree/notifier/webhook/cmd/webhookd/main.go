// facts only, one per line
package main
.String("key", "", "base64 encoded PSK for signed requests"
