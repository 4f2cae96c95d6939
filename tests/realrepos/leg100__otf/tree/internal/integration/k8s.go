// facts only, one per line
cmd.Run()
listenAddr = ":80"
cmd.Run()
