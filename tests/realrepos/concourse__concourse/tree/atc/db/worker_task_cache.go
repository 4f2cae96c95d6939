// facts only, one per line
"j.active": false,
