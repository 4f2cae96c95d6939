// facts only, one per line
process.env.TTS_OPEN_AI_KEY
process.env.TTS_OPEN_AI_KEY
