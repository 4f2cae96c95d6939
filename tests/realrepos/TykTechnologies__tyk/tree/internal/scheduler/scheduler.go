// facts only, one per line
job.Run()
