// facts only, one per line
"PORT").unwrap_or(8080)
