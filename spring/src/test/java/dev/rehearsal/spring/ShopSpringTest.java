package dev.rehearsal.spring;

import dev.rehearsal.spring.shop.ShopApplication;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The shop application's Spring test setup with its Flyway configuration, as an application would write it in
 * application.properties; every class using it shares one cached application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        classes = ShopApplication.class,
        properties = {
            "spring.flyway.table=shop_history",
            "spring.flyway.baseline-on-migrate=true",
            "spring.flyway.baseline-version=1",
            "spring.flyway.placeholders.email_domain=shop.example",
            "spring.flyway.locations=classpath:shop/db/migration"
        })
@AutoConfigureRehearsal
@interface ShopSpringTest {}
