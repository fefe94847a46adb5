package dev.rehearsal.spring.shop;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The application's code under test: it needs V3's orders table and V2's email column. */
@Repository
public class Orders {
    private final JdbcTemplate jdbc;

    public Orders(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public void place(int customerId, String total) {
        jdbc.update("INSERT INTO orders (customer_id, total) VALUES (?, ?::numeric)", customerId, total);
    }

    public int count() {
        return jdbc.queryForObject("SELECT count(*) FROM orders", Integer.class);
    }

    public String emailOf(int customerId) {
        return jdbc.queryForObject("SELECT email FROM customer WHERE id = ?", String.class, customerId);
    }

    /** The database the application's connections go to. */
    public String database() {
        return jdbc.queryForObject("SELECT current_database()", String.class);
    }
}
