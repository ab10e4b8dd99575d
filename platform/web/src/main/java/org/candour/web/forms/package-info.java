/**
 * The form renderer shared by the resident pages, the officer workspace and (later) the
 * administrators' pages: a configured form (JSON Schema and UI hints, compiled once into
 * pages and questions) read into the reader's language ({@link FormReader},
 * {@link FormPages}), each question rendered by the field fragment of its kind
 * ({@code templates/fragments/fields}, {@link FieldView}, {@link PageFields}), posted
 * answers read back ({@link Answers}) and checked as the engine checks them, with
 * problems in plain words ({@link AnswerCheck}); the engine's refusals put on the same
 * fields in the same words ({@link RefusalFields}); and answers read back in words
 * ({@link AnswerSummary}). Exposed to other modules as {@code web :: forms}.
 */
@org.springframework.modulith.NamedInterface("forms")
package org.candour.web.forms;
