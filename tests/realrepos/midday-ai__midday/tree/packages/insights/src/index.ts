// facts only, one per line
process.env.INSIGHTS_ENABLED_TEAM_IDS
