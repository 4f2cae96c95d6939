// facts only, one per line
process.env.RAILWAY_GIT_COMMIT_SHA
