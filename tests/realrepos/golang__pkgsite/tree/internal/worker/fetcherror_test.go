// facts only, one per line
"README.md":  "This is a readme",
"go.mod":     "module other",
"README.md":  "This is a readme",
