// facts only, one per line
package main
.StringVar(&conf.ProgressPath, "progress", "", "Path for the progress log file"
.StringVar(&conf.TempDir, "temp", "", "Path for the temporary directory"
