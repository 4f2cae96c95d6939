// facts only, one per line
	"github.com/go-sql-driver/mysql"
	"github.com/jackc/pgx/v5/pgconn"
