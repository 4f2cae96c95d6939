// facts only, one per line
process.env.PORT || 1948
