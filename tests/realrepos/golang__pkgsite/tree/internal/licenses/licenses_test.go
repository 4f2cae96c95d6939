// facts only, one per line
"LICENSE.md":         "",
"COPYING.LESSER":     "",
"blah.go": "package foo\n\nconst Foo = 42",
