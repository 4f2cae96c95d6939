# facts only, one per line
mysql://
if __name__ == "__main__":
