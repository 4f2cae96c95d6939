plugins {
    id("org.jreleaser") version "1.19.0"
    id("base")
                    url = "https://central.sonatype.com/api/v1/publisher"
