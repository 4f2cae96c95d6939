// facts only, one per line
process.env.PORT || 3402
env.METRICS_PORT || 9091
