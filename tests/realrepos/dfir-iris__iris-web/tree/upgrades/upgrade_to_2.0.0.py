# facts only, one per line
DB_HOST
POSTGRES_SERVER
DB_PORT
POSTGRES_PORT
if __name__ == "__main__":
