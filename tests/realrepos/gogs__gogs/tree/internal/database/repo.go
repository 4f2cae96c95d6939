// facts only, one per line
"user.name": "Gogs",
