// facts only, one per line
"artalk.yml":                    true,
"artalk.yml":  false,
"artalk.yaml": true,
