// facts only, one per line
  version:
  registryPort: 7001,
  webPort: 7002,
process.env.NODE_ENV
process.env.NODE_ENV
    port: 3306,
process.env.SQL_DEBUG
process.env.NODE_ENV
process.env.NODE_ENV
process.env.NODE_ENV
