# facts only, one per line
postgresql://
postgres://
if __name__ == "__main__":
