// facts only, one per line
"PDS_PORT").unwrap_or(2583)
