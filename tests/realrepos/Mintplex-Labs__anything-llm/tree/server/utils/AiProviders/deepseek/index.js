// facts only, one per line
process.env.DEEPSEEK_API_KEY
process.env.DEEPSEEK_API_KEY
