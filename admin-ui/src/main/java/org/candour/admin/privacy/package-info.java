/**
 * The subject access and erasure page of a tenant's administrators.
 */
package org.candour.admin.privacy;
