// facts only, one per line
"r.active":      true,
"j.active":      true,
"r.active":      true,
"r.active":      true,
"r.active":         true,
"j.active":      true,
"j.active":      true,
"r.active":      true,
