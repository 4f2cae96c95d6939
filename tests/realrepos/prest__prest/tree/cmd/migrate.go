// facts only, one per line
.StringVar(&urlConn, "url", "", "Database driver url (defaults to the configured Postgres connection)"
