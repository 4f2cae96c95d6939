# facts only, one per line
if __name__ == "__main__":
