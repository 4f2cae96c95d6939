// facts only, one per line
process.env.PORT
PORT || 8080
