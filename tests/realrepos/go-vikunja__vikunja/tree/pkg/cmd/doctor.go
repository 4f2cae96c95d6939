// facts only, one per line
doctor.Run()
