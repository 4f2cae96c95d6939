plugins {
    id("realworld.java-conventions")
    alias(libs.plugins.micronaut.library)
    annotationProcessor(mn.lombok)
    compileOnly(mn.lombok)
