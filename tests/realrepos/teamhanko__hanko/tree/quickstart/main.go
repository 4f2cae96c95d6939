// facts only, one per line
package main
":8080"
