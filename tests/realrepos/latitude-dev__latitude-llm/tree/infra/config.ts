// facts only, one per line
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
port: 8080
