package fr.renfortrh.contracts.events;

/**
 * How to reach a person (volunteer or establishment staff), keyed by their account id. Published on its own
 * restricted topic, read by the notification service only: no other consumer gets contact details.
 */
public record ContactPointChanged(String accountId, String email, String displayName, String phone,
                                  Channel preferredChannel) implements DomainEvent {

    public enum Channel { EMAIL, SMS, TELEPHONE }

    @Override
    public String aggregateId() {
        return accountId;
    }
}
