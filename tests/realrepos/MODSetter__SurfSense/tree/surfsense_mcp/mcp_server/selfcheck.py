# facts only, one per line
port=8080
if __name__ == "__main__":
