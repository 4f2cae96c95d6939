// facts only, one per line
a.run()
