// facts only, one per line
process.env.VRITE_CLOUD
    limits: {
    engine: {
