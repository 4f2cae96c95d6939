    void apply(Project project) {
        project.apply(plugin: FtgoApiDependencyResolverPlugin)
