# facts only, one per line
bind = "unix:/var/run/cabotage/cabotage.sock"
