# facts only, one per line
if __name__ == "__main__":
DB_HOST
"DB_PORT", "3306
