// facts only, one per line
				WebauthnCredentials: ImportWebauthnCredentials{
				WebauthnCredentials: ImportWebauthnCredentials{
				WebauthnCredentials: ImportWebauthnCredentials{
				WebauthnCredentials: ImportWebauthnCredentials{
