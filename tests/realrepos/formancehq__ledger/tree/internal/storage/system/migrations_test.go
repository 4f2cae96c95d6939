// facts only, one per line
//go:build it
test.Run()
