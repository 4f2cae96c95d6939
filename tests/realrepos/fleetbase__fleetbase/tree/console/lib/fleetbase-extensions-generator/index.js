// facts only, one per line
process.env.EMBER_ENV
