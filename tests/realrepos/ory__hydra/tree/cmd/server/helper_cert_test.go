// facts only, one per line
"serve.tls.enabled":   true,
"serve.tls.enabled":     true,
