// facts only, one per line
process.env.TTS_KOKORO_ENDPOINT
process.env.TTS_KOKORO_ENDPOINT
process.env.TTS_KOKORO_ENDPOINT
