plugins {
    alias(libs.plugins.kotlinJvm)
    alias(libs.plugins.composeMultiplatform)
    alias(libs.plugins.composeCompiler)
    alias(libs.plugins.metro)
        implementation(project(":app:shared"))
        implementation(compose.desktop.currentOs)
        implementation(libs.compose.components.resources)
        implementation(libs.kotlinx.coroutines.swing)
    application {
        mainClass = "org.jetbrains.kotlinconf.MainKt"
            configurationFiles.from(project.file("compose-desktop.pro"))
