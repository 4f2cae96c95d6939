# facts only, one per line
'postgresql://'
if __name__ == '__main__':
