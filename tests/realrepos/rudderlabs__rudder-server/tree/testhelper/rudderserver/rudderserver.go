// facts only, one per line
buildCmd.Run()
cmd.Run()
