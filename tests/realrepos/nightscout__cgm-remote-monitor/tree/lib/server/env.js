// facts only, one per line
readENV('PORT', 1337)
