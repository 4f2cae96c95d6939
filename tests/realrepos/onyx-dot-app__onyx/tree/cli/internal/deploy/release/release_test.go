// facts only, one per line
"v4.4.6": "v4.4.6",
"v4.4.6":     true,
"v10.0.12":   true,
"4.4.6":      false,
"v4.4":       false,
"v4.4.x":     false,
