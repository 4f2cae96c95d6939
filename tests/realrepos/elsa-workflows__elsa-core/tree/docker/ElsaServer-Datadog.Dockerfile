FROM --platform=$BUILDPLATFORM mcr.microsoft.com/dotnet/sdk:10.0 AS build
FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS base
EXPOSE 8080/tcp
EXPOSE 443/tcp
CMD ["dotnet", "Elsa.Server.Web.dll"]
