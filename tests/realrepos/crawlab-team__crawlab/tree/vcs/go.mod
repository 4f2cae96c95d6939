module github.com/crawlab-team/crawlab/vcs
go 1.22

require (
	github.com/apex/log v1.9.0
	github.com/go-git/go-billy/v5 v5.5.0
	github.com/go-git/go-git/v5 v5.12.0
	github.com/stretchr/testify v1.9.0
	golang.org/x/crypto v0.23.0
)
