/**
 * Helpers for editing configuration in the admin UI, on the documents as the
 * administrator wrote them (the draft, lean or canonical): {@link ChangeWording} tells
 * what changed between two sets of documents in plain English, and {@link ConditionRows}
 * turns a form question's JSON Forms {@code rule} into rows ("show this question when
 * 'Have you told us before?' is 'Yes'") and back. Pure JSON and words: no runtime, no
 * database.
 */
@org.springframework.modulith.NamedInterface("editing")
package org.candour.definition.editing;
