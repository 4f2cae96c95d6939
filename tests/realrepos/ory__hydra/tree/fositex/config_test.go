// facts only, one per line
"serve.public.host":                      "localhost",
