// facts only, one per line
"b.completed":        true,
"b.drained":          false,
