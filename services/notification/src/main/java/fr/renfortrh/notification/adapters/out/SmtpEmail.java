package fr.renfortrh.notification.adapters.out;

import fr.renfortrh.notification.application.Senders;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.Recipient;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.TemplateEngine;
import org.thymeleaf.context.Context;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Mails in French, HTML with a plain-text twin, from the templates in {@code mail/}. The Message-ID derives
 * from the notifications it carries, so a mail sent again after a crash is recognisable as the same one.
 */
@Component
class SmtpEmail implements Senders.Email {

    private final JavaMailSender mail;
    private final TemplateEngine templates = new TemplateEngine();
    private final String from;
    private final String appUrl;

    SmtpEmail(JavaMailSender mail, @Value("${renfort.notifications.from}") String from,
              @Value("${renfort.notifications.app-url}") String appUrl) {
        this.mail = mail;
        this.from = from;
        this.appUrl = appUrl;
        templates.addTemplateResolver(resolver(TemplateMode.HTML, ".html", 1));
        templates.addTemplateResolver(resolver(TemplateMode.TEXT, ".txt", 2));
    }

    @Override
    public void send(Recipient recipient, List<Notification> notifications) {
        var context = new Context();
        context.setVariable("name", recipient.displayName());
        context.setVariable("notifications", notifications);
        context.setVariable("appUrl", appUrl);
        String subject = notifications.size() == 1 ? notifications.getFirst().title()
                : "Renfort RH : " + notifications.size() + " nouvelles notifications";
        context.setVariable("subject", subject);
        try {
            MimeMessage message = mail.createMimeMessage();
            var helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            helper.setFrom(from);
            helper.setTo(recipient.email());
            helper.setSubject(subject);
            helper.setText(templates.process("mail/notification.txt", context), templates.process("mail/notification.html", context));
            message.saveChanges();
            message.setHeader("Message-ID", "<" + messageId(notifications) + "@renfort-rh>");
            mail.send(message);
        } catch (MailException | MessagingException e) {
            throw new Senders.Failed("Serveur de messagerie : " + e.getMessage(), e);
        }
    }

    private static String messageId(List<Notification> notifications) {
        String ids = String.join(",", notifications.stream().map(Notification::id).sorted().toList());
        return UUID.nameUUIDFromBytes(ids.getBytes(StandardCharsets.UTF_8)).toString();
    }

    private static ClassLoaderTemplateResolver resolver(TemplateMode mode, String suffix, int order) {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setTemplateMode(mode);
        resolver.setCharacterEncoding(StandardCharsets.UTF_8.name());
        resolver.setResolvablePatterns(Set.of("*" + suffix));
        resolver.setOrder(order);
        resolver.setCacheable(true);
        return resolver;
    }
}
