// facts only, one per line
"serve.public.cors.enabled":           true,
"serve.public.cors.allow_credentials": true,
"serve.public.cors.enabled": false,
