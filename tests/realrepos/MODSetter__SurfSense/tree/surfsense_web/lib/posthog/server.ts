// facts only, one per line
process.env.NEXT_PUBLIC_POSTHOG_KEY
process.env.NEXT_PUBLIC_POSTHOG_KEY
process.env.NEXT_PUBLIC_POSTHOG_HOST
