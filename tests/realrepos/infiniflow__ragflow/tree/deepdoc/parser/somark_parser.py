# facts only, one per line
"http://", "https://"
if __name__ == "__main__":
