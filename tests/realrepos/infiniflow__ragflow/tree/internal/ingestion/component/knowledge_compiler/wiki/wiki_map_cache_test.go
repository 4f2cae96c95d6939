// facts only, one per line
pipeline.run()
pipeline.run()
