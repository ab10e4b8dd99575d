/**
 * The lean authoring format and its normaliser. Authors may write code-list references,
 * named rules, fieldsets, transition templates, role sets, duration strings, record
 * effects and input options; {@link org.candour.definition.normal.Normaliser} expands a
 * whole set of documents into the canonical form that is validated, hashed, stored and
 * executed. Canonical documents pass through unchanged, so normalising is idempotent.
 * Pure JSON to JSON: no runtime, no database.
 */
@org.springframework.modulith.NamedInterface("normal")
package org.candour.definition.normal;
