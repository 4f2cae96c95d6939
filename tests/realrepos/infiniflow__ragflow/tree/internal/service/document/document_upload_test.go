// facts only, one per line
"a.txt": true,
