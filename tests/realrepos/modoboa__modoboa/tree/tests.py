# facts only, one per line
"POSTGRES_PORT", "5432
"MYSQL_PORT", "3306
if __name__ == "__main__":
