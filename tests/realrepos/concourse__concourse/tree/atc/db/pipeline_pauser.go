// facts only, one per line
"p.paused": false,
