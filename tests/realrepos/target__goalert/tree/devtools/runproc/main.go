// facts only, one per line
package main
.String("f", "", "Procfile to run."
.String("l", "", "Local Procfile to append."
run.Run()
