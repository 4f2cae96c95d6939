# facts only, one per line
DEFAULT_LOCALE_ENCODING = get_system_encoding()
if __name__ == "__main__":
