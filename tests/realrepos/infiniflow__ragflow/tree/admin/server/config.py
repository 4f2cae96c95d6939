# facts only, one per line
DB_TYPE", "mysql"
port = 443 if endpoint_url.startswith("https://") else 80
