package com.example.hello;

import java.util.Map;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** Every request to / goes through Postgres, which Spring reaches via SPRING_DATASOURCE_*. */
@SpringBootApplication
@RestController
public class HelloApplication {
    private final JdbcTemplate db;

    public HelloApplication(JdbcTemplate db) {
        this.db = db;
        db.execute("CREATE TABLE IF NOT EXISTS visits (id INT PRIMARY KEY, count BIGINT NOT NULL)");
    }

    @GetMapping("/")
    public Map<String, Object> hello() {
        db.update("INSERT INTO visits (id, count) VALUES (1, 1) "
                + "ON CONFLICT (id) DO UPDATE SET count = visits.count + 1");
        Long visits = db.queryForObject("SELECT count FROM visits WHERE id = 1", Long.class);
        return Map.of("greeting", "Hello from Postgres!", "visits", visits);
    }

    @GetMapping("/health")
    public String health() {
        return "ok";
    }

    public static void main(String[] args) {
        SpringApplication.run(HelloApplication.class, args);
    }
}
