// facts only, one per line
program.Run()
