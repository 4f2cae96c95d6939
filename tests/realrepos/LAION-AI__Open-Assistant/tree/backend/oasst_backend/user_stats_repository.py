# facts only, one per line
THRESHOLDS = get_thresholds()
if __name__ == "__main__":
