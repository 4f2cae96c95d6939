// facts only, one per line
// t.Run()
