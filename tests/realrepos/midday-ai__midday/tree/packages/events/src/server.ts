// facts only, one per line
process.env.NEXT_PUBLIC_OPENPANEL_CLIENT_ID
process.env.OPENPANEL_SECRET_KEY
process.env.NODE_ENV
