// facts only, one per line
port: 3091
process.env.TOBIRA_ADMIN_PASSWORD
