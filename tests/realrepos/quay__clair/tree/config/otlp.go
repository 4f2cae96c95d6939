// facts only, one per line
// "localhost:4317"
// "localhost:4318"
