# facts only, one per line
POSTGRES_HOST
if __name__ == "__main__":
