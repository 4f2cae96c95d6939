// facts only, one per line
"bd.is_template": false,
