# facts only, one per line
postgres://
postgres://
postgres://
if __name__ == "__main__":
