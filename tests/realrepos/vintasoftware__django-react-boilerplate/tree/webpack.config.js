      port: 3000,
