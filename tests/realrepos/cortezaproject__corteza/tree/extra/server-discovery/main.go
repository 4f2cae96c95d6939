// facts only, one per line
package main
	"github.com/elastic/go-elasticsearch/v7/esutil"
