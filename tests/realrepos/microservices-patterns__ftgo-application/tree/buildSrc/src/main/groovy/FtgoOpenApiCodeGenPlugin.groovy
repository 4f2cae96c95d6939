    void apply(Project project) {
        project.pluginManager.apply("org.hidetake.swagger.generator")
        project.apply(plugin: FtgoApiDependencyResolverPlugin)
