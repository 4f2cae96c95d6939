// facts only, one per line
t.run()
