// facts only, one per line
	"github.com/minio/minio-go/v6"
	"github.com/minio/minio-go/v6/pkg/s3utils"
