// facts only, one per line
package main
"/metrics" "127.0.0.1:6060"
