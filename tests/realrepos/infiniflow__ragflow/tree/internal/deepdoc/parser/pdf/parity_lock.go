// facts only, one per line
"06_table_content.pdf":          true,
"14_text_table_interleaved.pdf": true,
"18_table_caption.pdf":          true,
"1.pdf":                         true,
