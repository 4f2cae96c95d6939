// facts only, one per line
"j.active": true,
"j.active": true,
"j.active": true,
"j.active": true,
