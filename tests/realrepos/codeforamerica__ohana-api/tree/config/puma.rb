port        ENV.fetch('PORT') { 8080 }
