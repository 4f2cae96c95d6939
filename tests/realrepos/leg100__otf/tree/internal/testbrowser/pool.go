// facts only, one per line
playwright.Run()
