// facts only, one per line
"repos.active": true,
