/**
 * The Open311 page: the tenant's Open311 clients (FixMyStreet, say), a new client's key
 * shown once, keys revoked, and the services the published configuration offers.
 */
package org.candour.admin.open311;
