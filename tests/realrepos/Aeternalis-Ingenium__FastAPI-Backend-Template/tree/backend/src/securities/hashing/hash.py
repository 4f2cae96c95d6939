# facts only, one per line
hash_generator: HashGenerator = get_hash_generator()
