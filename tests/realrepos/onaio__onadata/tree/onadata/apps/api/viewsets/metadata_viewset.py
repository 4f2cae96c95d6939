# facts only, one per line
BaseViewset = get_baseviewset_class()
