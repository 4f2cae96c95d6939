# facts only, one per line
postgresql://
postgresql+asyncpg://
"postgresql://", "postgresql+asyncpg://"
