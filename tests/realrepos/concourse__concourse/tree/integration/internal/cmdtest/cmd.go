// facts only, one per line
execCmd.Run()
