// facts only, one per line
"--blobPort", "10000
