module github.com/ansible-semaphore/semaphore
go 1.21.0

require (
	github.com/Masterminds/squirrel v1.5.4
	github.com/coreos/go-oidc/v3 v3.9.0
	github.com/creack/pty v1.1.23
	github.com/go-git/go-git/v5 v5.11.0
	github.com/go-gorp/gorp/v3 v3.1.0
	github.com/go-ldap/ldap/v3 v3.4.8
	github.com/go-sql-driver/mysql v1.7.1
	github.com/golang-jwt/jwt/v4 v4.5.0
	github.com/google/go-github v17.0.0+incompatible
	github.com/gorilla/context v1.1.2
	github.com/gorilla/handlers v1.5.2
	github.com/gorilla/mux v1.8.1
	github.com/gorilla/securecookie v1.1.2
	github.com/gorilla/websocket v1.5.3
	github.com/lib/pq v1.10.9
	github.com/robfig/cron/v3 v3.0.1
	github.com/sirupsen/logrus v1.9.3
	github.com/snikch/goodman v0.0.0-20171125024755-10e37e294daa
	github.com/spf13/cobra v1.8.1
	github.com/thedevsaddam/gojsonq/v2 v2.5.2
	go.etcd.io/bbolt v1.3.9
	golang.org/x/crypto v0.21.0
	golang.org/x/oauth2 v0.17.0
)
