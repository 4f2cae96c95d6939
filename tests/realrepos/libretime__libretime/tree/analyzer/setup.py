install_requires = [
    "mutagen",
    "pika",
    "requests",
    "typing_extensions",
]
entry_points = {'console_scripts': ["libretime-analyzer=libretime_analyzer.main:cli"]}
