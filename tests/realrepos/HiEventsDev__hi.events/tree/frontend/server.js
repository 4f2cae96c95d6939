// facts only, one per line
env.NODE_PORT || 5678
