// facts only, one per line
process.env.BOARD_USERNAME
process.env.BOARD_PASSWORD
process.env.BOARD_USERNAME
process.env.BOARD_PASSWORD
process.env.PORT || "8080
process.env.DB_POOL_STATS_INTERVAL_MS
