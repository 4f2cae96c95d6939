        port: 8080,
