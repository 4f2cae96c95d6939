// facts only, one per line
unzipCmd.Run()
