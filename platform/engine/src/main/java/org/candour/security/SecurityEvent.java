package org.candour.security;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One entry of the security log.
 *
 * @param type sign-in, sign-in-failure, sign-out, access-denied, token-rejected,
 * role-change, tracking-link-requested or tracking-link-request-limited
 * @param tenant the tenant it happened in (none for platform events)
 * @param user who (the user or client; {@code anonymous} when unknown)
 * @param client the client's IP address
 * @param path the request path (cut to {@code candour.security.log.max-path-length})
 * @param detail what happened, in plain words
 * @param at when (the first time, for repeated refusals)
 * @param count how many times it happened: repeated refusals of one client and user are
 * one entry per {@code candour.security.log.aggregation-window}
 * @param lastAt the last time, for repeated refusals
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SecurityEvent(String type, String tenant, String user, String client, String path, String detail,
		Instant at, long count, Instant lastAt) {

}
