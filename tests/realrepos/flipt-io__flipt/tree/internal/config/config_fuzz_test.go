// facts only, one per line
  http_port: 8080
  http_port: 8080
