// facts only, one per line
.StringVar(&flags.UnixSocket, "unix-socket", "", "UNIX socket path for Pocket ID"
