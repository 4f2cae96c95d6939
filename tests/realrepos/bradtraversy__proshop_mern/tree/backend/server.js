// facts only, one per line
process.env.NODE_ENV
process.env.PAYPAL_CLIENT_ID
process.env.NODE_ENV
process.env.PORT || 5000
process.env.NODE_ENV
