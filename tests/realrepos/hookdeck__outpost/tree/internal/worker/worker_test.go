// facts only, one per line
supervisor.Run()
Supervisor.Run()
Supervisor.Run()
