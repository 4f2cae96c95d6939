module github.com/gophish/gophish
go 1.13

require (
	bitbucket.org/liamstask/goose v0.0.0-20150115234039-8488cc47d90c
	github.com/NYTimes/gziphandler v1.1.1
	github.com/PuerkitoBio/goquery v1.5.0
	github.com/emersion/go-imap v1.0.4
	github.com/emersion/go-message v0.12.0
	github.com/go-sql-driver/mysql v1.5.0
	github.com/gophish/gomail v0.0.0-20200818021916-1f6d0dfd512e
	github.com/gorilla/context v1.1.1
	github.com/gorilla/csrf v1.6.2
	github.com/gorilla/handlers v1.4.2
	github.com/gorilla/mux v1.7.3
	github.com/gorilla/securecookie v1.1.1
	github.com/gorilla/sessions v1.2.0
	github.com/jinzhu/gorm v1.9.12
	github.com/jordan-wright/email v4.0.1-0.20200824153738-3f5bafa1cd84+incompatible
	github.com/jordan-wright/unindexed v0.0.0-20181209214434-78fa79113c0f
	github.com/mattn/go-sqlite3 v2.0.3+incompatible
	github.com/oschwald/maxminddb-golang v1.6.0
	github.com/sirupsen/logrus v1.4.2
	golang.org/x/crypto v0.0.0-20200128174031-69ecbb4d6d5d
	golang.org/x/time v0.0.0-20200416051211-89c76fbcd5d1
	gopkg.in/alecthomas/kingpin.v2 v2.2.6
	gopkg.in/check.v1 v0.0.0-20161208181325-20d25e280405
)
