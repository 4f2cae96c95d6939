// facts only, one per line
    port: "8080
    port: "9090
    port: "8081
    port: "8080
    port: "9090
