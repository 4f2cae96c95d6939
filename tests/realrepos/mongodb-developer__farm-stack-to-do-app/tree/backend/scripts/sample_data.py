# facts only, one per line
MONGODB_URI
if __name__ == "__main__":
