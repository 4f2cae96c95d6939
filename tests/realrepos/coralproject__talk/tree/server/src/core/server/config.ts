// facts only, one per line
port: { default: 3000, env: 'PORT' }
