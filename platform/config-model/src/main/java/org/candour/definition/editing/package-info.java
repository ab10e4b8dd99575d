/**
 * Editing configuration in the admin UI, on the documents as the administrator wrote them
 * (the draft, lean or canonical): {@link FormEditor} changes a form (pages, questions,
 * Welsh text, conditions) and returns a new document that leaves what it does not change
 * exactly as it was; {@link ConditionRows} turns a question's JSON Forms {@code rule}
 * into rows ("show this question when 'Have you told us before?' is 'Yes'") and back;
 * {@link ActionEditor} changes a workflow action's rules ({@link GuardRows}), questions
 * and effects in the lean form; and {@link ChangeWording} tells what changed between two
 * sets of documents in plain English. Pure JSON and words: no runtime, no database.
 */
@org.springframework.modulith.NamedInterface("editing")
package org.candour.definition.editing;
