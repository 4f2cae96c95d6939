// facts only, one per line
command.Run()
