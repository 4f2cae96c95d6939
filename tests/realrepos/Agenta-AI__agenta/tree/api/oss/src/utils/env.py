# facts only, one per line
# POSTGRES_PORT
# POSTGRES_PORT
postgresql+asyncpg://
postgresql+asyncpg://
postgresql://
postgresql+asyncpg://
redis://
redis://
