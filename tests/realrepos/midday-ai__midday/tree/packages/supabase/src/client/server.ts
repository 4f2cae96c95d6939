// facts only, one per line
process.env.SUPABASE_SECRET_KEY
process.env.NEXT_PUBLIC_SUPABASE_PUBLISHABLE_KEY
process.env.NEXT_PUBLIC_SUPABASE_URL
