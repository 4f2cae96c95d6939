// facts only, one per line
.set_default("port", 8888)
.set_default("metrics.port", 9001)
