// facts only, one per line
uploadJob.run()
