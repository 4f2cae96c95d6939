// facts only, one per line
listenAddr = ":80"
prompt.Run()
prompt.Run()
