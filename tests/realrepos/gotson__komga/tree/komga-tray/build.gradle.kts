plugins {
  alias(libs.plugins.gradleGitProperties)
  alias(libs.plugins.compose)
  id("org.jetbrains.kotlin.plugin.compose") version "2.4.10"
  id("dev.hydraulic.conveyor") version "2.0"
  application
    sourceCompatibility = "17"
    targetCompatibility = "17"
  implementation(project(":komga"))
  implementation(compose.desktop.currentOs)
  implementation("org.jetbrains.compose.components:components-resources:${libs.versions.compose.get()}")
application {
  mainClass = "org.gotson.komga.DesktopApplicationKt"
