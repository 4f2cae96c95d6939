// facts only, one per line
prompt.Run()
prompt.Run()
prompt.Run()
prompt.Run()
confirm.Run()
