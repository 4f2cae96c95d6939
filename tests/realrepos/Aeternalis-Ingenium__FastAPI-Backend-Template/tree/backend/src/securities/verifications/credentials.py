# facts only, one per line
credential_verifier: CredentialVerifier = get_credential_verifier()
