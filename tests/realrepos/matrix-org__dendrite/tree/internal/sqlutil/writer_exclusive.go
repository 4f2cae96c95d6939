// facts only, one per line
w.run()
