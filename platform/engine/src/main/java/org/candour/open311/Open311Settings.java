package org.candour.open311;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Settings of the Open311 endpoint ({@code candour.open311.*}).
 *
 * @param readsNeedKey whether reading requests and their updates needs a client's
 * {@code api_key} too (the service list and definitions stay public); by default only
 * POSTing a request does, as GeoReport allows
 */
@ConfigurationProperties("candour.open311")
record Open311Settings(boolean readsNeedKey) {
}
