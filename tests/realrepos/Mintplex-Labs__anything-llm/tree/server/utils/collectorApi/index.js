// facts only, one per line
process.env.COLLECTOR_PORT
process.env.WHISPER_MODEL_PREF
