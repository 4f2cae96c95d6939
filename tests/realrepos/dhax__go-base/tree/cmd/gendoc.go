// facts only, one per line
// .String("foo", "", "A help for foo"
