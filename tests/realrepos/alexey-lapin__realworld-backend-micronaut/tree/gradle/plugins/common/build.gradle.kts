plugins {
    implementation(libs.gradle.plugin.micronaut)
    implementation(libs.gradle.plugin.spotless)
