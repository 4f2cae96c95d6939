# facts only, one per line
if __name__ == "__main__":
"MOCK_FXA_SERVER_PORT", 6000
