// facts only, one per line
process.env.NEXMO_API_KEY
process.env.NEXMO_API_SECRET
process.env.NEXMO_API_KEY
process.env.NEXMO_API_SECRET
process.env.NEXMO_API_KEY
