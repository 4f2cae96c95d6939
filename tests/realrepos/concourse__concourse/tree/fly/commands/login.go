// facts only, one per line
prg.Run()
