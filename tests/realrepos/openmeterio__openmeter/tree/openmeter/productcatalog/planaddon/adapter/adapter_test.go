// facts only, one per line
"openmeter.key": "openmeter.value",
"openmeter.key2": "openmeter.value2",
"openmeter.key2": "openmeter.value2",
