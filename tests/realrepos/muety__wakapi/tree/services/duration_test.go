// facts only, one per line
"test.js": "Jest",
