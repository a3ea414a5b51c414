package io.backops.identity;

public enum UserStatus {
    ACTIVE, INACTIVE, ON_LEAVE
}
