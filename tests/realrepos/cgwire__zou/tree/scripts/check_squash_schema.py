# facts only, one per line
DB_HOST
DB_HOST
'DB_PORT', '5432
if __name__ == "__main__":
