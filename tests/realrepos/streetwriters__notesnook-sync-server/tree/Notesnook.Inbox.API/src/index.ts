// facts only, one per line
process.env.NOTESNOOK_API_SERVER_URL
process.env.PORT || "5181
