// facts only, one per line
cmd.Run()
"-volume.port", "9999
cmd.Run()
