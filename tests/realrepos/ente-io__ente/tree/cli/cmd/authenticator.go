// facts only, one per line
.StringP("password", "p", "", "Password for decryption"
