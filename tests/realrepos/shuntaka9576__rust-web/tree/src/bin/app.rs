// facts only, one per line
Ipv4Addr::LOCALHOST.into(), 8080)
