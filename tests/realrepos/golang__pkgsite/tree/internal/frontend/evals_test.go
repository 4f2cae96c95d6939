// facts only, one per line
func main() {}
