# facts only, one per line
POSTGRES_SERVER
DB_HOST
POSTGRES_PORT
DB_PORT
PG_SERVER
PG_PORT
amqp://
postgresql+psycopg2://
postgresql+psycopg2://
postgresql+psycopg2://
PG_SERVER
PG_PORT
    SQLALCHEMY_DATABASE_URI
