// facts only, one per line
port: 3013
env.CLSI_PERF_PORT || '3043
