    port: 5001,
