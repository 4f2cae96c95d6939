// facts only, one per line
cmd.Run()
restartCmd.Run()
cmd.Run()
restartCmd.Run()
