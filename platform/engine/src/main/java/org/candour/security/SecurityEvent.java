package org.candour.security;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the security log.
 *
 * @param type sign-in, sign-in-failure, sign-out, access-denied, token-rejected or
 * role-change
 * @param tenant the tenant it happened in (none for platform events)
 * @param user who (the user or client; {@code anonymous} when unknown)
 * @param path the request path
 * @param detail what happened, in plain words
 * @param at when
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecurityEvent(String type, String tenant, String user, String path, String detail, Instant at) {

}
