# facts only, one per line
DB_HOST
DB_HOST
if __name__ == "__main__":
