FROM gradle:8.8-jdk17 AS build
FROM amazoncorretto:17
EXPOSE 8080
EXPOSE 8443
