// facts only, one per line
form.Run()
form.Run()
form.Run()
form.Run()
form.Run()
