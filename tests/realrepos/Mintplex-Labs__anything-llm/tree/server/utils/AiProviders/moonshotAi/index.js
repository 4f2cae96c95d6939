// facts only, one per line
process.env.MOONSHOT_AI_API_KEY
process.env.MOONSHOT_AI_API_KEY
