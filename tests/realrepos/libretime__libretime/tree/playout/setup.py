install_requires = [
    "backports.zoneinfo",
]
entry_points = {'console_scripts': ["libretime-playout=main:cli", "libretime-liquidsoap=main:cli", "libretime-playout-notify=main:cli"]}
