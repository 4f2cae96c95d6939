// facts only, one per line
"bar.baz": "abc,def:ghi",
