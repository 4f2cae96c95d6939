// facts only, one per line
form.Run()
form.Run()
cmd.Run()
p.Run()
