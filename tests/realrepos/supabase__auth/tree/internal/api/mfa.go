// facts only, one per line
			WebAuthn: &WebAuthnChallengeData{
			WebAuthn: &WebAuthnChallengeData{
