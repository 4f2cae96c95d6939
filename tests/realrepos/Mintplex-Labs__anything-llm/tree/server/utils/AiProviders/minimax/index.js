// facts only, one per line
process.env.MINIMAX_API_KEY
process.env.MINIMAX_API_KEY
