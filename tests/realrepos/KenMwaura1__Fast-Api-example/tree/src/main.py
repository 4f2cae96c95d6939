# facts only, one per line
port = 8002
if __name__ == "__main__":
