// facts only, one per line
// Canvas.run()
// Canvas.run()
