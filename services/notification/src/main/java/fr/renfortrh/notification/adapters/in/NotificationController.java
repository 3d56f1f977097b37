package fr.renfortrh.notification.adapters.in;

import fr.renfortrh.notification.application.DeliveringNotifications;
import fr.renfortrh.notification.application.Notifications.DeliveryReport;
import fr.renfortrh.notification.application.ReadingInbox;
import fr.renfortrh.notification.domain.Notification;
import fr.renfortrh.notification.domain.NotificationKind;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

@RestController
@RequestMapping("/api/notifications")
class NotificationController {

    /** What the inbox shows; how it was delivered stays internal except its outcome. */
    record NotificationView(String id, NotificationKind kind, String title, String body, String link, boolean critical,
                            Instant createdAt, boolean read, String delivery) {

        static NotificationView of(Notification n) {
            return new NotificationView(n.id(), n.kind(), n.title(), n.body(), n.link(), n.critical(), n.createdAt(),
                    n.isRead(), n.delivery().status().name());
        }
    }

    record InboxView(List<NotificationView> notifications, long unread) {
    }

    record UnreadView(long unread) {
    }

    private final ReadingInbox inbox;
    private final DeliveringNotifications delivering;

    NotificationController(ReadingInbox inbox, DeliveringNotifications delivering) {
        this.inbox = inbox;
        this.delivering = delivering;
    }

    @Operation(summary = "My notifications, newest first", description = "Any signed-in user; only the caller's own.")
    @GetMapping
    InboxView mine(@AuthenticationPrincipal Jwt jwt,
                   @RequestParam(defaultValue = "0") @Min(value = 0, message = "La page commence à 0.") int page,
                   @RequestParam(defaultValue = "20") @Min(value = 1, message = "Au moins 1.") @Max(value = 100, message = "100 au plus.") int size) {
        var mine = inbox.inbox(jwt.getSubject(), page, size);
        return new InboxView(mine.notifications().stream().map(NotificationView::of).toList(), mine.unread());
    }

    @Operation(summary = "How many of my notifications are unread", description = "Any signed-in user; only the caller's own.")
    @GetMapping("/unread-count")
    UnreadView unread(@AuthenticationPrincipal Jwt jwt) {
        return new UnreadView(inbox.unread(jwt.getSubject()));
    }

    @Operation(summary = "Mark one of my notifications read", description = "Any signed-in user; 404 for another's.")
    @PostMapping("/{notificationId}/read")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void read(@AuthenticationPrincipal Jwt jwt, @PathVariable String notificationId) {
        inbox.markRead(jwt.getSubject(), notificationId);
    }

    @Operation(summary = "Mark all my notifications read", description = "Any signed-in user; only the caller's own.")
    @PostMapping("/read-all")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    void readAll(@AuthenticationPrincipal Jwt jwt) {
        inbox.markAllRead(jwt.getSubject());
    }

    @Operation(summary = "Export all the notification service holds about me (JSON, one section per store)",
            description = "Any signed-in user; only the caller's own.")
    @GetMapping("/me/export")
    Map<String, Object> export(@AuthenticationPrincipal Jwt jwt) {
        var mine = inbox.export(jwt.getSubject());
        return Map.of("notifications", mine.notifications(), "reminders", mine.reminders(),
                "recipients", mine.recipient().stream().toList());
    }

    @Operation(summary = "Mail and SMS delivery: waiting, failing, sent in 24 h", description = "Role: ars-operator.")
    @GetMapping("/delivery")
    @PreAuthorize("hasRole('ars-operator')")
    DeliveryReport delivery() {
        return delivering.report();
    }
}
