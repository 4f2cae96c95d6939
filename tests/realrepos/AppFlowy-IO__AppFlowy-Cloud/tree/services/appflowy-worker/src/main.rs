// facts only, one per line
"[::]:4001"
