// facts only, one per line
p.Run()
form.Run()
form.Run()
