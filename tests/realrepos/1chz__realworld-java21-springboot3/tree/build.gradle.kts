plugins {
    alias(libs.plugins.spotless)
    alias(libs.plugins.spring.boot) apply false
    alias(libs.plugins.spring.dependency.management) apply false
    plugins.apply(
        versionCatalog.plugins.java
    plugins.apply(
        versionCatalog.plugins.spotless
            languageVersion.set(JavaLanguageVersion.of(versionCatalog.versions.java.get()))
    plugins.apply(
        versionCatalog.plugins.spring.boot
    plugins.apply(
        versionCatalog.plugins.spring.dependency.management
        compileOnly {
            extendsFrom(configurations.annotationProcessor.get())
        implementation(platform(versionCatalog.spring.boot.bom))
        compileOnly(versionCatalog.lombok)
        annotationProcessor(versionCatalog.lombok)
        implementation(versionCatalog.spring.boot.starter)
