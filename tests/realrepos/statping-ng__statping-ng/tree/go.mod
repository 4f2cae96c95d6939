module github.com/statping-ng/statping-ng
go 1.19

require (
	github.com/GeertJohan/go.rice v1.0.3
	github.com/aws/aws-sdk-go v1.30.20
	github.com/dgrijalva/jwt-go v3.2.0+incompatible
	github.com/emersion/go-imap v1.0.6
	github.com/fatih/structs v1.1.0
	github.com/foomo/simplecert v1.7.5
	github.com/foomo/tlsconfig v0.0.0-20180418120404-b67861b076c9
	github.com/getsentry/sentry-go v0.5.1
	github.com/go-mail/mail v2.3.1+incompatible
	github.com/go-ping/ping v1.1.0
	github.com/gorilla/mux v1.7.4
	github.com/hako/durafmt v0.0.0-20200605151348-3a43fc422dd9
	github.com/jinzhu/gorm v1.9.12
	github.com/mattn/go-sqlite3 v2.0.3+incompatible
	github.com/pkg/errors v0.9.1
	github.com/prometheus/client_golang v1.1.0
	github.com/sirupsen/logrus v1.6.0
	github.com/spf13/cobra v1.0.0
	github.com/spf13/viper v1.6.3
	github.com/statping-ng/emails v1.0.3
	github.com/stretchr/testify v1.8.1
	github.com/t-tiger/gorm-bulk-insert/v2 v2.0.1
	golang.org/x/crypto v0.4.0
	golang.org/x/oauth2 v0.0.0-20200107190931-bf48bf16ab8d
	google.golang.org/grpc v1.28.1
	gopkg.in/natefinch/lumberjack.v2 v2.0.0
	gopkg.in/yaml.v2 v2.3.0
	github.com/go-sql-driver/mysql v1.5.0 // indirect
	github.com/lib/pq v1.3.0 // indirect
)
