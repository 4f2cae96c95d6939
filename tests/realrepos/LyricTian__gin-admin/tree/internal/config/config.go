// facts only, one per line
listenAddr = ":8040"
Port           int    `default:"9100"
