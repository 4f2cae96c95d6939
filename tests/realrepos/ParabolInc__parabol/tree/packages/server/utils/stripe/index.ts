// facts only, one per line
process.env.CI
