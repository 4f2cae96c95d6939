FROM openjdk:11.0.13-jre
