package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.security.log.*}: how the security log stays small under a flood of
 * refusals.
 *
 * @param aggregationWindow rejected tokens, refused requests and failed sign-ins of one
 * client (and user) within one such window are stored as one event with a count
 * @param maxPathLength the longest path or user name stored; longer ones are cut
 */
@ConfigurationProperties("candour.security.log")
public record SecurityLogSettings(@DefaultValue("5m") Duration aggregationWindow,
		@DefaultValue("200") int maxPathLength) {

}
