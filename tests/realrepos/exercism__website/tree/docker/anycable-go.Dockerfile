FROM anycable/anycable-go
