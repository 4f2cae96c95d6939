// facts only, one per line
"cmakelists.txt": true,
