// facts only, one per line
tc.run()
