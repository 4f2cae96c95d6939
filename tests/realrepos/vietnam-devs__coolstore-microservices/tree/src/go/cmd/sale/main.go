// facts only, one per line
package main
":5005"
