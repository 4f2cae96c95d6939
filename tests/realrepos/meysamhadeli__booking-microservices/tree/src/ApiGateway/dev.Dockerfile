FROM mcr.microsoft.com/dotnet/sdk:9.0 AS builder
FROM mcr.microsoft.com/dotnet/aspnet:9.0
