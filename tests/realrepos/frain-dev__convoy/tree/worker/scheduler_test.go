// facts only, one per line
Job.Run()
Job.Run()
