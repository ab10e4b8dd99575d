/**
 * Sessions that end: the timeout warning every form page carries (where JavaScript runs),
 * the request that keeps a session going when the visitor asks to stay, and ending a
 * session when its time is up.
 */
package org.candour.web.sessions;
