// facts only, one per line
process.env.NEXT_PUBLIC_APP_STATE_DEBUG
