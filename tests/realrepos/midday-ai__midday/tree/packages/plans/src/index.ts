// facts only, one per line
process.env.POLAR_ENVIRONMENT
