// facts only, one per line
process.env.TIANJI_BASE_URL
process.env.TIANJI_API_KEY
process.env.TIANJI_WORKSPACE_ID
