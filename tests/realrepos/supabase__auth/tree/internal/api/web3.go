// facts only, one per line
		Web3: &metering.Web3Data{
