// facts only, one per line
"meta.count": "number",
