// facts only, one per line
package main
":04"
":05"
