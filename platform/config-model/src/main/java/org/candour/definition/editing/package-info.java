/**
 * Editing configuration documents as an administrator authors them: operations on a form
 * in the lean format (pages, questions, Welsh text, conditions) that return a new
 * document and leave what they do not change exactly as it was. Pure JSON to JSON: no
 * runtime, no database; the admin UI calls it and validates what it returns like any
 * draft.
 */
@org.springframework.modulith.NamedInterface("editing")
package org.candour.definition.editing;
