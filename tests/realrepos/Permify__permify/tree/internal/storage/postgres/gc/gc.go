// facts only, one per line
gc.Run()
