// facts only, one per line
"Foo.A": "v1.1.0",
"Foo.B": "v1.2.0",
