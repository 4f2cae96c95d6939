# facts only, one per line
port=3001
if __name__ == "__main__":
