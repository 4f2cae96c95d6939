// facts only, one per line
port: { default: 1221, env: 'PORT' }
