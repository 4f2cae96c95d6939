// facts only, one per line
"triggers.manage": true,
"sessions.manage": true,
"workflow.create":              true,
"triggers.search":              true,
"sessions.search":              true,
"workflows.search":             true,
