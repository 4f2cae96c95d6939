// facts only, one per line
process.env.PERPLEXITY_API_KEY
