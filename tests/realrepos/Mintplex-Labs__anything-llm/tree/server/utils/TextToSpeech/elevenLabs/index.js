// facts only, one per line
process.env.TTS_ELEVEN_LABS_KEY
process.env.TTS_ELEVEN_LABS_KEY
