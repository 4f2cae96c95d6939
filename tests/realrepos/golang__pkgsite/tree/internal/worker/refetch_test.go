// facts only, one per line
"README.md":  "This is a readme",
