// facts only, one per line
package main
Getenv("PORT")
