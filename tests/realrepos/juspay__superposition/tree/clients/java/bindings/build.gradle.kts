plugins {
    id("org.jetbrains.dokka")
        languageVersion.set(JavaLanguageVersion.of(17))
    implementation("org.jetbrains.kotlin:kotlin-stdlib")
    implementation("net.java.dev.jna:jna:5.13.0")
        ?: project.rootDir.parentFile.parentFile.parentFile.resolve("target/release").absolutePath
