/**
 * The retention and disposal page: what the nightly job would dispose of by a day, and
 * the disposal log.
 */
package org.candour.admin.retention;
