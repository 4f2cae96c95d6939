// facts only, one per line
"GORSE_MASTER_PORT", "123
"GORSE_MASTER_HTTP_PORT", "456
