plugins {
    id("java")
    id("com.google.protobuf") version("0.9.1")
    api("io.grpc:grpc-protobuf:1.59.1")
    api("io.grpc:grpc-api:1.59.1")
    api("io.grpc:grpc-stub:1.59.1")
    api("io.grpc:grpc-netty:1.59.1")
    implementation("javax.annotation:javax.annotation-api:1.3.2")
    plugins {
        id("grpc"){
            it.plugins {
                id("grpc")
            groupId = project.group.toString()
            artifactId = "chirpstack-api"
            version = project.version.toString()
