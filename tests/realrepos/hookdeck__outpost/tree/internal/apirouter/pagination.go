// facts only, one per line
"query.dir": "must be 'asc' or 'desc'",
