// facts only, one per line
process.env.GITLAB_CI
process.env.NO_COLOR
process.env.MIDDAY_DASHBOARD_URL
process.env.MIDDAY_DASHBOARD_URL
