// facts only, one per line
process.env.NEXT_PUBLIC_GLOBAL_ANNOUNCEMENT_ENABLED
