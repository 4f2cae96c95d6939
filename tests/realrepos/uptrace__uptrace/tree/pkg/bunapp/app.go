// facts only, one per line
	"github.com/uptrace/bun/driver/pgdriver"
group.Run()
