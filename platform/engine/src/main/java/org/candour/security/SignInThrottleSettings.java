package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.security.sign-in-throttle.*}: progressive delays per account on the
 * embedded authorization server's {@code /login}.
 *
 * @param freeFailures failed sign-ins of an account that cost nothing
 * @param firstDelay how long the account is locked after the next failure; each further
 * failure doubles it
 * @param maxDelay the longest lock
 * @param forgetAfter failures older than this no longer count
 */
@ConfigurationProperties("candour.security.sign-in-throttle")
public record SignInThrottleSettings(@DefaultValue("3") int freeFailures, @DefaultValue("2s") Duration firstDelay,
		@DefaultValue("15m") Duration maxDelay, @DefaultValue("24h") Duration forgetAfter) {

}
