// facts only, one per line
env.BACKEND_PORT ? Number(process.env.BACKEND_PORT) : 8080
