import org.jreleaser.model.api.common.Apply
plugins {
    kotlin("kapt") version kotlinVersion
  id("org.jlleitschuh.gradle.ktlint") version "14.2.0"
  id("org.jreleaser") version "1.25.0"
  apply(plugin = "org.jlleitschuh.gradle.ktlint")
  project {
