# facts only, one per line
port = 9000
if __name__ == "__main__":
