# facts only, one per line
logger = get_logger()
if __name__ == "__main__":
