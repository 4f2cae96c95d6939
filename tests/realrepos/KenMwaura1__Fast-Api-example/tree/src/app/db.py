# facts only, one per line
settings = get_settings()
# "postgresql://"
# "postgresql+asyncpg://"
"postgresql://"
"postgresql://", "postgresql+asyncpg://"
