// facts only, one per line
ed.run()
