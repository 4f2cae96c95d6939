# facts only, one per line
sqlite://
if __name__ == "__main__":
