// facts only, one per line
		HTTPGet: &corev1.HTTPGetAction{
