plugins {
    id("io.quarkus")
    id("org.jlleitschuh.gradle.ktlint") version "14.2.0"
    id("io.gitlab.arturbosch.detekt") version "1.23.8"
    id("nu.studer.jooq") version "10.2.1"
    id("com.github.spotbugs") version "6.5.10"
    id("org.owasp.dependencycheck") version "12.2.2"
    id("org.cyclonedx.bom") version "3.4.1"
    implementation(enforcedPlatform("io.quarkus.platform:quarkus-bom:3.36.3"))
    implementation("io.quarkus:quarkus-rest")
    implementation("io.quarkus:quarkus-rest-jackson")
    implementation("io.quarkus:quarkus-jdbc-postgresql")
    implementation("io.quarkus:quarkus-kotlin")
    implementation("io.quarkus:quarkus-smallrye-openapi")
    implementation("io.quarkus:quarkus-swagger-ui")
    implementation("io.quarkus:quarkus-smallrye-jwt")
    implementation("io.quarkus:quarkus-smallrye-jwt-build")
    implementation("io.quarkus:quarkus-arc")
    implementation("io.quarkus:quarkus-hibernate-validator")
    implementation("io.quarkiverse.jooq:quarkus-jooq:2.1.0")
    implementation("io.quarkus:quarkus-logging-json")
    implementation("io.quarkus:quarkus-micrometer-registry-prometheus")
    implementation("io.quarkus:quarkus-smallrye-health")
    implementation("io.quarkus:quarkus-opentelemetry")
    implementation("io.quarkus:quarkus-scheduler")
    implementation("io.quarkus:quarkus-container-image-docker")
    implementation("org.bouncycastle:bcprov-jdk18on:1.85.2")
    sourceCompatibility = JavaVersion.VERSION_21
    targetCompatibility = JavaVersion.VERSION_21
            jooqConfiguration.apply {
                generator.apply {
                    database.apply {
                            org.jooq.meta.jaxb.Property().apply {
                            org.jooq.meta.jaxb.Property().apply {
                            org.jooq.meta.jaxb.Property().apply {
                    generate.apply {
                    target.apply {
