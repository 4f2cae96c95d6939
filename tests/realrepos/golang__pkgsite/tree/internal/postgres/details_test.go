// facts only, one per line
"mod.1": "v1.1.0",
"mod.2": "v1.1.0",
