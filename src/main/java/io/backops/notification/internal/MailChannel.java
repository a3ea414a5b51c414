package io.backops.notification.internal;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/** Sends an email over SMTP (Spring Mail, configured by {@code spring.mail.*}); plain text. */
@Component
class MailChannel {

    private final ObjectProvider<JavaMailSender> sender;
    private final NotificationProperties properties;

    MailChannel(ObjectProvider<JavaMailSender> sender, NotificationProperties properties) {
        this.sender = sender;
        this.properties = properties;
    }

    String send(Outbox.Message message) throws DeliveryFailed {
        JavaMailSender mailSender = sender.getIfAvailable();
        if (mailSender == null) {
            throw new DeliveryFailed("No mail server configured (spring.mail.host)", true);
        }
        var mail = new SimpleMailMessage();
        mail.setFrom(properties.from());
        mail.setTo(message.recipient());
        mail.setSubject(message.subject());
        mail.setText(message.body());
        try {
            mailSender.send(mail);
        } catch (MailException e) {
            throw new DeliveryFailed("SMTP: " + e.getMessage(), false);
        }
        return "Mailed to " + message.recipient();
    }
}
