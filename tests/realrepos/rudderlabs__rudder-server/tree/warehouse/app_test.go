// facts only, one per line
"WAREHOUSE_JOBS_DB_PORT", "5432
