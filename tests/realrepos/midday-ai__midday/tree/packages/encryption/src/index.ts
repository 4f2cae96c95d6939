// facts only, one per line
process.env.MIDDAY_ENCRYPTION_KEY
process.env.FILE_KEY_SECRET
process.env.FILE_KEY_SECRET
