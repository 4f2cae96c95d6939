// facts only, one per line
  host:
  port: 7512,
