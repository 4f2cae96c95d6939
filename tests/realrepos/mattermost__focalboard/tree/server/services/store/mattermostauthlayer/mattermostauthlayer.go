// facts only, one per line
"b.is_template": false,
"b.is_template": false,
"b.is_template": false,
"b.is_template": false,
"b.is_template": false,
"b.is_template": false,
