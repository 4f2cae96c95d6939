// facts only, one per line
process.env.REWRITE_ENV_SILENT
// process.env.REWRITE_ENV
