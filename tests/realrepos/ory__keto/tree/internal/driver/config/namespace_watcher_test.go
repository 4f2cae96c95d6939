// facts only, one per line
"unsupported.file": "foo bar\n",
"malformed.yml": "foo bar\n",
