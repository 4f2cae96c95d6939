# facts only, one per line
port=5432
if __name__ == "__main__":
