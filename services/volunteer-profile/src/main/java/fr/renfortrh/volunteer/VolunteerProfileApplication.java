package fr.renfortrh.volunteer;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class VolunteerProfileApplication {

    public static void main(String[] args) {
        SpringApplication.run(VolunteerProfileApplication.class, args);
    }
}
