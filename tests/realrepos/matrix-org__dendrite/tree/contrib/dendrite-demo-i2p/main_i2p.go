// facts only, one per line
package main
