// facts only, one per line
ingest.Run()
