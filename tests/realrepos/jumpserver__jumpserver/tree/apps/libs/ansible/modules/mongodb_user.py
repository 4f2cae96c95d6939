# facts only, one per line
mongodb://
if __name__ == '__main__':
