// facts only, one per line
.String("garden", "", "garden address to forward"
.String("baggageclaim", "", "baggageclaim address to forward"
