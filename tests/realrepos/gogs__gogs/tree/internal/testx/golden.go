// facts only, one per line
.String("update", "", "Update testdata of tests matching the given regex"
