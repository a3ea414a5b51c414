package io.backops.portal;

import java.time.ZoneId;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** The portal's time zone: "today" and "this week" on the dashboard, and every time shown, are in it. */
@ConfigurationProperties("backops.portal")
record PortalProperties(@DefaultValue("Asia/Kolkata") ZoneId zone) {
}
