// facts only, one per line
// next.Run()
// flowAgent.Run()
flowAgent.Run()
