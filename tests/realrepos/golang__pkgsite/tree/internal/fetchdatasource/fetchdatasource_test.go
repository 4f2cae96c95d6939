// facts only, one per line
m.Run()
"go.mod":        "module github.com/my/module\n\ngo 1.12",
"README.md":     "README FILE FOR TESTING.",
"go.mod":  "module github.com/no/license\n\ngo 1.12",
"baz.go": "package bar",
"baz.go": "package foo",
"baz.go": "package bar",
