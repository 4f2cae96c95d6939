    port: 3002
