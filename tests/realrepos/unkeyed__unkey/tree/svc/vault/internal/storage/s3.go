// facts only, one per line
	awsS3 "github.com/aws/aws-sdk-go-v2/service/s3"
