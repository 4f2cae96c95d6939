plugins {
    implementation(libs.jakarta.persistence.api)
    testFixturesImplementation(libs.jakarta.persistence.api)
