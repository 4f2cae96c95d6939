// facts only, one per line
			Webauthn: config.WebauthnSettings{
			Webauthn: config.WebauthnSettings{
