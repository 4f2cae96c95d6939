// facts only, one per line
getenv('SOCKETCLUSTER_PORT', 38000)
