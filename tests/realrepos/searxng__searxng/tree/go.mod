module searxng.org/devtools
go 1.24.5
