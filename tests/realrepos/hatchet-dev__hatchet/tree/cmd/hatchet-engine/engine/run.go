// facts only, one per line
cleanup.Run()
