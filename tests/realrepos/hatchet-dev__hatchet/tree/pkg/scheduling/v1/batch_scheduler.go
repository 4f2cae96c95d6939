// facts only, one per line
b.run()
