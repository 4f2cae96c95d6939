# facts only, one per line
postgresql+asyncpg://
redis://
amqp://
redis://
