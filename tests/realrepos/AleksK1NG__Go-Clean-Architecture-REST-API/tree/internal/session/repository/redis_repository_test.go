// facts only, one per line
miniredis.Run()
