// facts only, one per line
  port:
  port: 5000,
