// facts only, one per line
process.env.STORAGE_DIR
process.env.STORAGE_DIR
process.env.GITEE_AI_API_KEY
process.env.GITEE_AI_API_KEY
process.env.GITEE_AI_API_KEY
