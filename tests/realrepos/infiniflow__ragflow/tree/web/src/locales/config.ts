// facts only, one per line
    detection: {
    interpolation: {
