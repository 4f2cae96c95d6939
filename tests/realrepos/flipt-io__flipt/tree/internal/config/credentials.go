// facts only, one per line
setDefault("ssh.user", "git"
