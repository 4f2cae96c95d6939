// facts only, one per line
	"github.com/zeromicro/go-zero/core/stores/sqlx"
