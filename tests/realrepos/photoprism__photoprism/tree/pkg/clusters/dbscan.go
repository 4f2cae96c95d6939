// facts only, one per line
c.run()
