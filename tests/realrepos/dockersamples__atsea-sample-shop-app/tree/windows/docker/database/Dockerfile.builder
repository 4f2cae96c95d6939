FROM microsoft/windowsservercore:10.0.14393.953
