// facts only, one per line
tt.run()
