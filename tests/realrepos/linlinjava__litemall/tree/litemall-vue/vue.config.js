    port: 6255,
