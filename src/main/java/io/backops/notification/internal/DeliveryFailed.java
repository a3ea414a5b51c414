package io.backops.notification.internal;

/** A message could not be delivered; {@code permanent} when trying again cannot help (no mail server configured). */
class DeliveryFailed extends Exception {

    private final boolean permanent;

    DeliveryFailed(String message, boolean permanent) {
        super(message);
        this.permanent = permanent;
    }

    boolean permanent() {
        return permanent;
    }
}
