// facts only, one per line
Ingest.Run()
i.run()
Ingest.run()
