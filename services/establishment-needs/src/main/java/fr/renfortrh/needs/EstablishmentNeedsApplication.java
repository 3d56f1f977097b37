package fr.renfortrh.needs;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class EstablishmentNeedsApplication {

    public static void main(String[] args) {
        SpringApplication.run(EstablishmentNeedsApplication.class, args);
    }
}
