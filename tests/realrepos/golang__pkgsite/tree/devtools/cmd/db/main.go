// facts only, one per line
package main
	"github.com/lib/pq"
