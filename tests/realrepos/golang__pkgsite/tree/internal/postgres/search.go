// facts only, one per line
	"github.com/lib/pq"
"bitbucket.org":         true,
"code.cloudfoundry.org": true,
"gitea.com":             true,
"gitee.com":             true,
"github.com":            true,
"gitlab.com":            true,
"go.etcd.io":            true,
"go.googlesource.com":   true,
"golang.org":            true,
"google.golang.org":     true,
"gopkg.in":              true,
