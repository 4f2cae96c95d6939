// facts only, one per line
"timer.created": true,
"timer.updated": true,
