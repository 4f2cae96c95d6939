# facts only, one per line
"TA_BACKEND_PORT", 8080
if __name__ == "__main__":
