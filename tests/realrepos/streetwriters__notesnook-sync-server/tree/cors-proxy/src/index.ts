// facts only, one per line
env.PORT || 3000
