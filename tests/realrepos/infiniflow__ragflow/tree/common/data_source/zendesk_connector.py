# facts only, one per line
"https://"
if __name__ == "__main__":
