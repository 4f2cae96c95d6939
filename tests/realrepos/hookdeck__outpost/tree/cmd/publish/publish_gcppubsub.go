// facts only, one per line
package main
"localhost:18085"
