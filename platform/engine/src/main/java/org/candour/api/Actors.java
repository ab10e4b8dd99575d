package org.candour.api;

/**
 * Who is making the current change, for history and audit. Until sign-in exists every
 * change is recorded as {@value #UNAUTHENTICATED}; the security module replaces this bean
 * with one that reads the signed-in principal.
 */
public interface Actors {

	String UNAUTHENTICATED = "unauthenticated";

	String current();

}
