// facts only, one per line
package main
":9090"
