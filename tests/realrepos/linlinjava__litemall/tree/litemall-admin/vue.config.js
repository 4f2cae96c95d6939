const port = process.env.port || process.env.npm_config_port || 9527 // dev port
    port: port,
