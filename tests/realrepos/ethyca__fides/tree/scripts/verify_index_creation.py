# facts only, one per line
CONFIG = get_config()
if __name__ == "__main__":
