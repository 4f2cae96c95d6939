// facts only, one per line
"1.0": "A",
"2.0": "B",
"3.0": "C",
"4.0": "D",
"5.0": "E",
