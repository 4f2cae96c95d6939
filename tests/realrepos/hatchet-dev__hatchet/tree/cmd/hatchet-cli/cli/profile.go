// facts only, one per line
nameForm.Run()
form.Run()
tokenForm.Run()
nameForm.Run()
form.Run()
form.Run()
