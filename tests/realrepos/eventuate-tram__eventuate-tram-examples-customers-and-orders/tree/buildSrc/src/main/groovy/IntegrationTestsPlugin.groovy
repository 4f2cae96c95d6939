    void apply(Project project) {
