/**
 * Inbound email: each tenant's mailbox (IMAP; its password is read from an environment
 * variable named after the tenant, never stored or shown) is polled on a schedule. Each
 * new email becomes a contact logged through case intake on the channel {@code email}
 * (sender, subject, body as text, attachments through the attachments checks); a reply
 * naming an existing case's reference is added to that case's history instead;
 * auto-replies and bounces are recorded as ignored. A message is flagged seen only after
 * what it became is stored, and a record per message (keyed by its Message-ID, else the
 * folder's UIDVALIDITY and its UID) makes a redelivery a no-op. Uses the API conventions,
 * attachments, cases, the active configuration, the definition model and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Inbound email",
		allowedDependencies = { "api", "attachments", "cases", "config", "definition :: model", "tenancy" })
package org.candour.inbound;
