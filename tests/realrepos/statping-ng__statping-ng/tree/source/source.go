// facts only, one per line
// "base.gohtml": true,
"index.html": true,
