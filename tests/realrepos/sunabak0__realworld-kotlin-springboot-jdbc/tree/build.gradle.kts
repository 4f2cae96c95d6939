plugins {
    id("org.springframework.boot") version "2.7.5"
    id("io.spring.dependency-management") version "1.1.0"
     * GradlePlugins(plugins.gradle.org)
     * - https://plugins.gradle.org/plugin/io.gitlab.arturbosch.detekt
    id("io.gitlab.arturbosch.detekt") version "1.21.0"
     * GradlePlugins(plugins.gradle.org)
     * - https://plugins.gradle.org/plugin/org.jetbrains.dokka
    id("org.jetbrains.dokka") version "1.7.20"
     * GradlePlugins(plugins.gradle.org)
     * - https://github.com/gradle/gradle/blob/master/subprojects/jacoco/src/main/java/org/gradle/testing/jacoco/plugins/JacocoPlugin.java
     * GradlePlugins(plugins.gradle.org)
     * - https://plugins.gradle.org/plugin/org.openapi.generator
    id("org.openapi.generator") version "6.2.0"
    id("com.google.devtools.ksp") version "1.7.21-1.0.8"
java.sourceCompatibility = JavaVersion.VERSION_17
    implementation("org.springframework.boot:spring-boot-starter-web")
    implementation("com.fasterxml.jackson.module:jackson-module-kotlin")
    implementation("org.jetbrains.kotlin:kotlin-reflect")
    implementation("org.jetbrains.kotlin:kotlin-stdlib-jdk8")
    implementation("io.arrow-kt:arrow-core:1.1.3")
    implementation("com.auth0:java-jwt:4.2.1")
     * - https://spring.pleiades.io/spring-framework/docs/current/javadoc-api/org/springframework/jdbc/core/package-summary.html
     * これを入れるだけで、application.properties/yamlや@ConfigurationによるDB接続設定が必要になる
    implementation("org.springframework.boot:spring-boot-starter-jdbc")
    implementation("org.postgresql:postgresql")
    implementation("com.github.database-rider:rider-core:$dbRiderVersion")
    implementation("com.github.database-rider:rider-spring:$dbRiderVersion")
    implementation("org.springframework.boot:spring-boot-starter-actuator")
     * - https://mvnrepository.com/artifact/jakarta.annotation/jakarta.annotation-api
    compileOnly("io.swagger.core.v3:swagger-annotations:2.2.6")
    compileOnly("io.swagger.core.v3:swagger-models:2.2.6")
    compileOnly("jakarta.annotation:jakarta.annotation-api:2.1.1")
    implementation("org.springframework.boot:spring-boot-starter-validation")
        implementation(it)
    implementation("org.komapper:komapper-spring-boot-starter-jdbc")
    runtimeOnly("org.komapper:komapper-jdbc-postgresql:0.10.0")
    implementation("org.komapper:komapper-dialect-postgresql-jdbc:1.4.0")
        fileTree(it).apply {
