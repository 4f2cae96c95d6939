// facts only, one per line
process.env.INVOICE_JWT_SECRET
process.env.INVOICE_JWT_SECRET
