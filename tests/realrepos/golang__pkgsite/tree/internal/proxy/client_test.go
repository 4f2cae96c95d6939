// facts only, one per line
"go.mod":      "module github.com/my/module\n\ngo 1.12",
"README.md":   "README FILE FOR TESTING.",
