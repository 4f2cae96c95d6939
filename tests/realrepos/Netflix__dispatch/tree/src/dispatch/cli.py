# facts only, one per line
postgresql+psycopg2://
postgresql+psycopg2://
if __name__ == "__main__":
