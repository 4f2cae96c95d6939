// facts only, one per line
process.env.ENABLE_KNEX_TRACING
