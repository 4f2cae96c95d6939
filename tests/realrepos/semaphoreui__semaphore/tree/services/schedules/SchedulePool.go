// facts only, one per line
cron.Run()
