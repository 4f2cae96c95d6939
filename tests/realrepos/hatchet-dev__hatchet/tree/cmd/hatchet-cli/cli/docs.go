// facts only, one per line
form.Run()
cmd.Run()
form.Run()
