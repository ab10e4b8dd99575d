/**
 * The inbound email page: the tenant's mailbox settings, what the last poll did, and a
 * poll on demand.
 */
package org.candour.admin.inbound;
