// facts only, one per line
op.run()
