/**
 * Attachments: files residents and staff add to cases, stored in GridFS (bucket
 * {@code attachments}) through the tenant-scoped database, so every file is stamped with
 * and confined to its tenant like any other document. A file's type is decided by its
 * content (magic bytes, Apache Tika), never by its name alone; it is refused, with
 * nothing stored, when it is empty, of a type the form or the platform does not allow,
 * too large, or one too many. A resident's files wait as pending uploads of their journey
 * until the case is logged, then are linked to it; abandoned ones are swept away. Uses
 * tenancy, cases (finding a case as the caller may see it, history notes) and the API
 * conventions.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Attachments",
		allowedDependencies = { "api", "cases", "definition :: model", "tenancy" })
package org.candour.attachments;
