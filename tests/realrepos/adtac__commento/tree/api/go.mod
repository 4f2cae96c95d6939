module gitlab.com/commento/commento/api
go 1.12

require (
	github.com/adtac/go-akismet v0.0.0-20181220032308-0ca9e1023047
	github.com/disintegration/imaging v1.6.2
	github.com/gomodule/oauth1 v0.0.0-20181215000758-9a59ed3b0a84
	github.com/gorilla/handlers v1.4.0
	github.com/gorilla/mux v1.6.2
	github.com/lib/pq v0.0.0-20180523175426-90697d60dd84
	github.com/lunny/html2md v0.0.0-20180317074532-13aaeeae9fb2
	github.com/microcosm-cc/bluemonday v1.0.0
	github.com/op/go-logging v0.0.0-20160211212156-b2cb9fa56473
	github.com/russross/blackfriday v1.5.1
	golang.org/x/crypto v0.0.0-20180808211826-de0752318171
	golang.org/x/net v0.0.0-20180811021610-c39426892332
	golang.org/x/oauth2 v0.0.0-20180724155351-3d292e4d0cdc
)
