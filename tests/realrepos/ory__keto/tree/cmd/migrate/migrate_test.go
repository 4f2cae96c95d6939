// facts only, one per line
"log.level":          "debug",
"log.level":          "debug",
