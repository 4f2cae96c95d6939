// facts only, one per line
env.BROWSER_WS_PORT || '3001
env.BROWSER_HEALTH_PORT || '3002
