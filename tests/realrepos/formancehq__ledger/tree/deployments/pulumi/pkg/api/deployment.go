// facts only, one per line
listenAddr = ":8080"
								HttpGet: corev1.HTTPGetActionArgs{
								HttpGet: corev1.HTTPGetActionArgs{
								HttpGet: corev1.HTTPGetActionArgs{
