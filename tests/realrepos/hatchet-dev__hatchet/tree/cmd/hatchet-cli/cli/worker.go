// facts only, one per line
p.Run()
p.Run()
form.Run()
