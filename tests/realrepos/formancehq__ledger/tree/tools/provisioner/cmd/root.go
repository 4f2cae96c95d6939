// facts only, one per line
.String("config", "", "No default"
.String("state-store", "", "Where to store the state"
.String("ledger-url", "", "URL of the ledger"
