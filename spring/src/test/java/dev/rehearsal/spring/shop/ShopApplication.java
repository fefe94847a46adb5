package dev.rehearsal.spring.shop;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A tiny Spring Boot application for the integration's tests: Boot's auto-configured DataSource and JdbcTemplate. */
@SpringBootApplication
public class ShopApplication {}
