// facts only, one per line
"r.active": true,
"p.paused": false,
