// facts only, one per line
cmd.Run()
