    api(project(":krud-domain:employee"))
    api(project(":krud-domain:employment"))
