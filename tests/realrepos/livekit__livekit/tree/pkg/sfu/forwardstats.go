// facts only, one per line
s.run()
