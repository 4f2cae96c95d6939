// facts only, one per line
p.run()
