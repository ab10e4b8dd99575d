package org.candour.security;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.tracking.*}: residents' tracking links.
 *
 * @param validity how long a tracking link works once issued. 90 days covers a complaint
 * through both stages of the usual procedures (20 working days each, plus extensions),
 * while a leaked link stops working within a quarter; a resident whose link has expired
 * gets a new one from an officer, which also revokes the old ones
 */
@ConfigurationProperties("candour.tracking")
record TrackingSettings(@DefaultValue("90d") Duration validity) {

}
