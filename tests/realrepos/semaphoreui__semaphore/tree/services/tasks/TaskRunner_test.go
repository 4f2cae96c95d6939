// facts only, one per line
pool.Run()
taskRunner.run()
