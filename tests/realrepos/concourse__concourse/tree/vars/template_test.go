// facts only, one per line
"secret.field": "topsekrit",
