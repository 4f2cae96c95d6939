rootProject.name = "realworld-kotlin-springboot-jdbc"
