// facts only, one per line
.StringP("query", "q", "", "Query and filter by handle, email, name"
.StringVar( &flagPassword, "password", "", "Provide password (as alternative to interactive way)"
