// facts only, one per line
prompt.Run()
prompt.Run()
