// facts only, one per line
process.env.OPEN_AI_KEY
process.env.OPEN_AI_KEY
