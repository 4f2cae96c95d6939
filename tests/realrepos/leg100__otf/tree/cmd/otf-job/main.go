// facts only, one per line
package main
.StringVar(&jobToken, "job-token", "", "Job token for authentication"
