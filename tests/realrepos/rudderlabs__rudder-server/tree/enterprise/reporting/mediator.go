// facts only, one per line
f.Run()
