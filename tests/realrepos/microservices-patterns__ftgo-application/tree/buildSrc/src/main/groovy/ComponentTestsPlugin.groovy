    void apply(Project project) {
    	project.apply(plugin: 'eclipse')
