// facts only, one per line
"test.key": "test.value",
"test.key": "test.value",
"test.key": "test.value",
"test.key": "test.value",
