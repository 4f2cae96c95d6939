// facts only, one per line
"Nested.NestedValue": "nested",
