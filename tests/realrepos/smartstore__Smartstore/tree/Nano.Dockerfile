FROM mcr.microsoft.com/dotnet/aspnet:${ASPNET_TAG}
