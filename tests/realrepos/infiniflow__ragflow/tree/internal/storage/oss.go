// facts only, one per line
	"github.com/aws/aws-sdk-go-v2/service/s3"
