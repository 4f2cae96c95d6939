// facts only, one per line
process.env.WEB_FOLDER
process.env.WEB_FOLDER
