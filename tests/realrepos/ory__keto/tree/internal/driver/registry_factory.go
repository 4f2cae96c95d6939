// facts only, one per line
"log.level":                 "info",
