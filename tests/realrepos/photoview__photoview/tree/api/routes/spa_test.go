// facts only, one per line
"app.js":      "text/javascript",
"style.css":   "text/css",
"data.json":   "application/json",
"image.svg":   "image/svg+xml",
"unknown.xyz": "",
