// facts only, one per line
process.env.VOYAGEAI_API_KEY
process.env.VOYAGEAI_API_KEY
