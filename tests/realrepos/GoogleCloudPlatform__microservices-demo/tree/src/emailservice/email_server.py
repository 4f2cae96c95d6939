# facts only, one per line
'PORT', "8080
if __name__ == '__main__':
