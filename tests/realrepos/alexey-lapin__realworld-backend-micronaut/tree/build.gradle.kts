plugins {
    alias(libs.plugins.versions)
    alias(libs.plugins.release)
    id("jacoco-report-aggregation")
    jacocoAggregation(project(":service"))
