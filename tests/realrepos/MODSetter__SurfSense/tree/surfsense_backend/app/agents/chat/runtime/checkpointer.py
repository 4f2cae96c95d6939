# facts only, one per line
postgresql+asyncpg://
postgresql://
"postgresql+asyncpg://"
"postgresql+asyncpg://", "postgresql://"
