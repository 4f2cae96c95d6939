# facts only, one per line
"cockroachdb://"
"postgres://"
postgres://
"postgres://", "postgresql+asyncpg://"
"cockroachdb://", "cockroachdb+asyncpg://"
sqlite+aiosqlite://
