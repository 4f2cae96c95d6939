// facts only, one per line
"go.mod": "module example.com/bad-go-mod\ngo bad",
