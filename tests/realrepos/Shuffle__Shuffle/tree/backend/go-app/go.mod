module shuffle
go 1.25.0

require (
	cloud.google.com/go/datastore v1.20.0
	cloud.google.com/go/storage v1.55.0
	github.com/basgys/goxml2json v1.1.0
	github.com/carlescere/scheduler v0.0.0-20170109141437-ee74d2f83d82
	github.com/docker/docker v28.3.3+incompatible
	github.com/frikky/kin-openapi v0.42.0
	github.com/fsouza/go-dockerclient v1.12.1
	github.com/ghodss/yaml v1.0.0
	github.com/go-co-op/gocron v1.37.0
	github.com/go-git/go-billy/v5 v5.6.2
	github.com/go-git/go-git/v5 v5.16.5
	github.com/gorilla/mux v1.8.1
	github.com/h2non/filetype v1.1.3
	github.com/satori/go.uuid v1.2.0
	github.com/shuffle/shuffle-shared v1.2.51
	github.com/shuffle/singul v0.0.32
	golang.org/x/crypto v0.48.0
	google.golang.org/api v0.236.0
	google.golang.org/grpc v1.79.3
	gopkg.in/yaml.v3 v3.0.1
	k8s.io/api v0.34.2
	k8s.io/apimachinery v0.34.2
	k8s.io/client-go v0.34.2
)
