# facts only, one per line
port=6380
if __name__ == "__main__":
