# facts only, one per line
"nostr+walletconnect://"
