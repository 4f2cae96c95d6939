// facts only, one per line
					OpenAPIV3Schema: &k8sapi.JSONSchemaProps{
