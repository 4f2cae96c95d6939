module github.com/x/y

go 1.20
