// facts only, one per line
"sandbox.self_managed": "json",
"mail.enabled":         "bool",
"mail.server":          "string",
