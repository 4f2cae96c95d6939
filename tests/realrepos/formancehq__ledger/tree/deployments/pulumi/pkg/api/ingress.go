// facts only, one per line
					Http: networkingv1.HTTPIngressRuleValueArgs{
