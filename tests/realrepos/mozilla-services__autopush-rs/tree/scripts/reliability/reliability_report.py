# facts only, one per line
redis://
if __name__ == "__main__":
