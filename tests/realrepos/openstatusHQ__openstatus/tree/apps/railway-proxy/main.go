// facts only, one per line
package main
"PORT", "8080
