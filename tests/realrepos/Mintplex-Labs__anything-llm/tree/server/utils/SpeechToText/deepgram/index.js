// facts only, one per line
process.env.STT_DEEPGRAM_API_KEY
process.env.STT_DEEPGRAM_API_KEY
