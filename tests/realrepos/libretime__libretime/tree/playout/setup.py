install_requires = [
    "backports.zoneinfo",
]
entry_points = {'console_scripts': ["libretime-playout=libretime_playout.main:cli", "libretime-liquidsoap=libretime_playout.liquidsoap.main:cli", "libretime-playout-notify=libretime_playout.notify.main:cli"]}
