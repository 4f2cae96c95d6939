// facts only, one per line
package main
form.Run()
form.Run()
form.Run()
form.Run()
form.Run()
form.Run()
form.Run()
pathForm.Run()
.StringVar(&providedConfigFile, "config", "", "path to config file"
