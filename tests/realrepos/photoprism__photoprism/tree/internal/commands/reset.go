// facts only, one per line
removeIndexPrompt.Run()
removeCachePrompt.Run()
removeSidecarJsonPrompt.Run()
removeSidecarYamlPrompt.Run()
removeAlbumYamlPrompt.Run()
