    port: env.port ?? 8005,
