plugins {
    application // Required to enable packaging and running the Ktor server as an executable JAR.
    alias(libs.plugins.dokka) // Required for generating documentation.
    alias(libs.plugins.kotlin.jvm) // Required for Kotlin JVM development.
    alias(libs.plugins.ktor) // Required for Ktor server development.
    alias(libs.plugins.kotlin.serialization) apply false // Required for Kotlin Serialization support.
    alias(libs.plugins.detekt) // Required for static code analysis.
// This simplifies the process of deploying and running the application, which is why the application plugin is utilized.
        // Name of the output JAR file, reflecting the project group and version.
application {
    // Specify the fully qualified name of the main class for the application.
    // by Gradle, which is essential for running the application with 'java -jar' command.
    mainClass.set("krud.server.ApplicationKt")
    // https://kotlinlang.org/api/kotlinx.coroutines/kotlinx-coroutines-debug/
    val enhanceCoroutinesDebugging: Boolean = project.findProperty("enhanceCoroutinesDebugging")?.toString().toBoolean()
// Configuration block for all projects in this multi-project build.
val disableOptimizations: Boolean = project.findProperty("disableOptimizations")?.toString().toBoolean()
// Configuration block applied to all subprojects within the multi-project setup.
    // Apply common plugins necessary for Kotlin development to all subprojects.
    // This includes the Kotlin JVM and Kotlin Serialization plugins, which are
    // retrieved dynamically from the version catalog defined in the root project.
    apply {
        plugin(rootProject.libs.plugins.dokka.get().pluginId)
        plugin(rootProject.libs.plugins.kotlin.jvm.get().pluginId)
        plugin(rootProject.libs.plugins.kotlin.serialization.get().pluginId)
        plugin(rootProject.libs.plugins.detekt.get().pluginId)
        // https://github.com/Kotlin/KEEP/blob/master/proposals/explicit-api-mode.md
        // https://kotlinlang.org/docs/whatsnew14.html#explicit-api-mode-for-library-authors
    implementation(project(":krud-server"))
        println("Copying keystore from ${project.layout.projectDirectory}/keystore.p12 to ${project.layout.buildDirectory}/libs.")
