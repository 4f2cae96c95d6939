# facts only, one per line
postgresql+psycopg://
"LITESTAR_PORT", 8000
redis://
"EMAIL_SMTP_PORT", 587
