// facts only, one per line
package main
	"github.com/aws/aws-sdk-go-v2/service/s3"
