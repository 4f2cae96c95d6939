# facts only, one per line
SQLALCHEMY_DATABASE_URI
postgresql://
if __name__ == "__main__":
