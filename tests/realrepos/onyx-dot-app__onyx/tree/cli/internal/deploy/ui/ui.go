// facts only, one per line
prog.Run()
