# facts only, one per line
postgres://
postgresql://
if __name__ == "__main__":
