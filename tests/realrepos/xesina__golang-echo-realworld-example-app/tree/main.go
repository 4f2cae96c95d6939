// facts only, one per line
package main
"127.0.0.1:8585"
