// facts only, one per line
tarCommand.Run()
tarCommand.Run()
tarCommand.Run()
tarCommand.Run()
tarCommand.Run()
tarCommand.Run()
