// facts only, one per line
package main
"httpport", 8000
