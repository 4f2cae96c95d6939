// facts only, one per line
cmdExec.Run()
