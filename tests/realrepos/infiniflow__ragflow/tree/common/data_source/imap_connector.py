# facts only, one per line
"IMAP_PORT", 993
if __name__ == "__main__":
