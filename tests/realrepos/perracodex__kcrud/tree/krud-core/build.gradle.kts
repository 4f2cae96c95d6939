    api(project(":krud-core:base"))
    api(project(":krud-core:database"))
    api(project(":krud-core:access"))
