// facts only, one per line
process.env.NODE_ENV
process.env.PORT || (process.env.NODE_ENV !== "development" ? 80 : 3002
