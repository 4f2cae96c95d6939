// facts only, one per line
	"github.com/zeromicro/go-queue/kq"
