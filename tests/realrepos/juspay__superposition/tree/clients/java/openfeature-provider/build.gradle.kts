plugins {
    id("io.freefair.lombok") version "8.6"
        languageVersion.set(JavaLanguageVersion.of(17))
description = "Openfeature provider implementation for Superposition."
    implementation(project(":bindings"))
    implementation(project(":sdk"))
    implementation("software.amazon.smithy.java:client-http:0.0.1")
    implementation("software.amazon.smithy.java:client-core:0.0.1")
    implementation("dev.openfeature:sdk:1.15.1")
    implementation("com.google.code.gson:gson:2.10")
    implementation("org.slf4j:slf4j-api:2.0.9")
    implementation("org.jetbrains.kotlin:kotlin-stdlib")
    compileOnly("org.jetbrains:annotations:24.1.0")
    compileOnly("org.projectlombok:lombok")
    annotationProcessor("org.projectlombok:lombok")
        exceptionFormat = org.gradle.api.tasks.testing.logging.TestExceptionFormat.FULL
