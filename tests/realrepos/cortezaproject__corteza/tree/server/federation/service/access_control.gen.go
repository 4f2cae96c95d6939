// facts only, one per line
"module.create": true,
"settings.read":   true,
"settings.manage": true,
"node.create":     true,
"nodes.search":    true,
