// facts only, one per line
package main
form.Run()
form.Run()
confirmForm.Run()
selectForm.Run()
customForm.Run()
apiForm.Run()
form.Run()
browserForm.Run()
tokenForm.Run()
confirmForm.Run()
quickstartCmd.run()
.StringVar(&providedConfigFile, "config", "", "path to config file"
