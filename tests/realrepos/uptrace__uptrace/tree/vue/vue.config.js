    port: 19876,
