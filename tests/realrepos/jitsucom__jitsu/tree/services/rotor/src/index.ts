// facts only, one per line
process.env.PORT || 3401
env.ROTOR_METRICS_PORT || 9091
