    void apply(Project project) {
        project.apply(plugin: 'org.springframework.boot')
        project.apply(plugin: ComponentTestsPlugin)
