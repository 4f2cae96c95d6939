// facts only, one per line
  id:
process.env.CONFIG_DIRECTORY
process.env.CONFIG_DIRECTORY
        port: 32400,
              smtpPort: 587,
