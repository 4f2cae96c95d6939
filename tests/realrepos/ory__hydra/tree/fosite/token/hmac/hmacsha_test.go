// facts only, one per line
"foo.bar":     "bar",
"foo.bar.baz": "",
