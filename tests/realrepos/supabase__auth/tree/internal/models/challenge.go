// facts only, one per line
		WebAuthnSessionData: &WebAuthnSessionData{
