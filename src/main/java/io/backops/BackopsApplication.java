package io.backops;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

@SpringBootApplication
@ConfigurationPropertiesScan
public class BackopsApplication {

    public static void main(String[] args) {
        SpringApplication.run(BackopsApplication.class, args);
    }
}
