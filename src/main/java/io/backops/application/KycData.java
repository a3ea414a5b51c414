package io.backops.application;

import java.time.LocalDate;

/** The data a KRA upload carries. Holds the full PAN: stays inside the push, never logged. */
public record KycData(String applicationId, ApplicationType applicationType, String name, String pan, LocalDate dateOfBirth,
                      String gender, String fatherOrSpouseName, String email, String mobile, String addressLine1,
                      String city, String state, String pincode, String kycMode, boolean ipv) {

    @Override
    public String toString() {
        return "KycData[" + applicationId + "]";
    }
}
