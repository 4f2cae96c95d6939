# facts only, one per line
POSTGRES_HOST
POSTGRES_PORT
POSTGRES_HOST
POSTGRES_PORT
if __name__ == "__main__":
