// facts only, one per line
generator.run()
worker.run()
commit.run()
