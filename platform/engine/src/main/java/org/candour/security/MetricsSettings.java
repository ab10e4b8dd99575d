package org.candour.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.security.metrics.*}: the scrape credential of the actuator endpoints
 * other than health ({@code /actuator/prometheus}, {@code /actuator/metrics}, …), sent
 * with HTTP basic authentication.
 *
 * @param username the scraper's user name
 * @param password its password; while it is empty those endpoints refuse everyone
 */
@ConfigurationProperties("candour.security.metrics")
public record MetricsSettings(@DefaultValue("metrics") String username, String password) {

}
