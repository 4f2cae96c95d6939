plugins {
  kotlin("kapt")
  id("org.springframework.boot") version libs.versions.springboot.get()
  alias(libs.plugins.gradleGitProperties)
  id("nu.studer.jooq") version "10.2.1"
  id("org.flywaydb.flyway") version "13.1.0"
  id("com.github.johnrengelman.processes") version "0.5.0"
  id("org.springdoc.openapi-gradle-plugin") version "1.9.0"
  id("com.google.devtools.ksp") version "2.3.1"
  implementation(kotlin("stdlib"))
  implementation(kotlin("reflect"))
  api(platform(SpringBootPlugin.BOM_COORDINATES))
  api("org.springframework.boot:spring-boot-starter-web")
  implementation("org.springframework.boot:spring-boot-starter-webflux")
  implementation("org.springframework.boot:spring-boot-starter-validation")
  implementation("org.springframework.boot:spring-boot-starter-actuator")
  implementation("org.springframework.boot:spring-boot-starter-security")
  implementation("org.springframework.boot:spring-boot-starter-oauth2-client")
  implementation("org.springframework.boot:spring-boot-starter-thymeleaf")
  implementation("org.springframework.boot:spring-boot-starter-jooq")
  implementation("org.springframework.session:spring-session-core")
  implementation("com.github.gotson:spring-session-caffeine:2.1.0")
  implementation("org.springframework.data:spring-data-commons")
  kapt("org.springframework.boot:spring-boot-configuration-processor:${libs.versions.springboot.get()}")
  implementation("org.flywaydb:flyway-core")
  api("io.github.oshai:kotlin-logging-jvm:8.0.4")
  implementation("org.springdoc:springdoc-openapi-starter-webmvc-ui:2.8.9")
  implementation("com.fasterxml.jackson.module:jackson-module-kotlin")
  implementation("com.fasterxml.jackson.dataformat:jackson-dataformat-xml")
  implementation("commons-io:commons-io:2.22.0")
  implementation("org.apache.commons:commons-lang3:3.20.0")
  implementation("commons-validator:commons-validator:1.11.0")
  implementation("org.apache.lucene:lucene-core:${libs.versions.lucene.get()}")
  implementation("org.apache.lucene:lucene-analysis-common:${libs.versions.lucene.get()}")
  implementation("org.apache.lucene:lucene-queryparser:${libs.versions.lucene.get()}")
  implementation("org.apache.lucene:lucene-backward-codecs:${libs.versions.lucene.get()}")
  implementation("com.ibm.icu:icu4j:78.3")
  implementation("com.appmattus.crypto:cryptohash:1.0.2")
  implementation("org.apache.tika:tika-core:3.3.2")
  implementation("org.apache.commons:commons-compress:1.28.0")
  implementation("com.github.junrar:junrar:8.1.0")
  implementation("org.apache.pdfbox:pdfbox:3.0.8")
  implementation("net.grey-panther:natural-comparator:1.1")
  implementation("org.jsoup:jsoup:1.23.1")
  implementation("net.coobird:thumbnailator:0.4.21")
  runtimeOnly("com.twelvemonkeys.imageio:imageio-jpeg:${libs.versions.twelvemonkeys.get()}")
  runtimeOnly("com.twelvemonkeys.imageio:imageio-tiff:${libs.versions.twelvemonkeys.get()}")
  runtimeOnly("com.twelvemonkeys.imageio:imageio-webp:${libs.versions.twelvemonkeys.get()}")
  runtimeOnly("com.github.gotson.nightmonkeys:imageio-jxl:${libs.versions.nightmonkeys.get()}")
  runtimeOnly("com.github.gotson.nightmonkeys:imageio-heif:${libs.versions.nightmonkeys.get()}")
  runtimeOnly("com.github.gotson.nightmonkeys:imageio-webp:${libs.versions.nightmonkeys.get()}")
  runtimeOnly("com.github.jai-imageio:jai-imageio-jpeg2000:1.4.0")
  runtimeOnly("org.apache.pdfbox:jbig2-imageio:3.0.5")
  implementation("com.google.zxing:core:3.5.4")
  implementation("com.jakewharton.byteunits:byteunits:0.9.1")
  implementation("com.github.f4b6a3:tsid-creator:5.2.6")
  implementation("com.github.ben-manes.caffeine:caffeine")
  implementation("org.xerial:sqlite-jdbc:${libs.versions.sqliteJdbc.get()}")
  developmentOnly("org.springframework.boot:spring-boot-devtools:${libs.versions.springboot.get()}")
    sourceCompatibility = "17"
    targetCompatibility = "17"
    filesMatching("application*.yml") {
          "version" to project.version.toString(),
          "rootDir" to project.rootDir.absolutePath,
    "main" to "jdbc:sqlite:${project.layout.buildDirectory.get()}/generated/flyway/main/database.sqlite",
    "tasks" to "jdbc:sqlite:${project.layout.buildDirectory.get()}/generated/flyway/tasks/tasks.sqlite",
  val id = "main"
  url = sqliteUrls[id]
  sqliteMigrationDirs[id]?.forEach { inputs.dir(it) }
  outputs.dir("${project.layout.buildDirectory.get()}/generated/flyway/$id")
    mkdir("${project.layout.buildDirectory.get()}/generated/flyway/$id")
  val id = "tasks"
  url = sqliteUrls[id]
  sqliteMigrationDirs[id]?.forEach { inputs.dir(it) }
  outputs.dir("${project.layout.buildDirectory.get()}/generated/flyway/$id")
    mkdir("${project.layout.buildDirectory.get()}/generated/flyway/$id")
      jooqConfiguration.apply {
        jdbc.apply {
        generator.apply {
          database.apply {
          target.apply {
      jooqConfiguration.apply {
        jdbc.apply {
        generator.apply {
          database.apply {
          target.apply {
project.afterEvaluate {
