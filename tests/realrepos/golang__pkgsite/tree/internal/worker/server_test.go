// facts only, one per line
"go.mod": "module foo.com/foo",
"go.mod": "module foo.com/bar",
