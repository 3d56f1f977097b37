package fr.renfortrh.notification;

import fr.renfortrh.notification.domain.DeliveryPolicy;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

import java.time.Duration;
import java.time.ZoneId;

@SpringBootApplication
public class NotificationApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotificationApplication.class, args);
    }

    @Bean
    DeliveryPolicy deliveryPolicy(@Value("${renfort.notifications.grouping-window}") Duration groupingWindow) {
        return new DeliveryPolicy(groupingWindow, ZoneId.of("Europe/Paris"));
    }
}
