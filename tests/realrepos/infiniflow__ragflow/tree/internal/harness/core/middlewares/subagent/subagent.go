// facts only, one per line
// agent.Run()
