// facts only, one per line
"PGPORT", "5432
