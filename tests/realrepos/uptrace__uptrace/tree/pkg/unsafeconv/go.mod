module github.com/uptrace/pkg/unsafeconv
go 1.23.3
