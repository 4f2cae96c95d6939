    port: parseEnvVarNumber(process.env.DATABASE_PORT, 5432),
    port: parseEnvVarNumber(process.env.HTTP_PORT || process.env.PORT, 4242),
