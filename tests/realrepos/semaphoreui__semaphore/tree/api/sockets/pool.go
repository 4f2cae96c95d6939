// facts only, one per line
h.run()
