// facts only, one per line
"ADMIN_FRONTEND_PORT", "3000")
