// facts only, one per line
RevokePersonalAPIKeyService.Run()
