// facts only, one per line
job.Run()
job.Run()
job1.Run()
job2.Run()
