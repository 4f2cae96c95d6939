// facts only, one per line
	"github.com/jackc/pgx/v5/pgconn"
