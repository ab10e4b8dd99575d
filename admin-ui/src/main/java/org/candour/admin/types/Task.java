package org.candour.admin.types;

/**
 * One row of a feedback type's task list.
 *
 * @param id stable id of the task (used in the page's element ids)
 * @param name what the administrator does
 * @param hint what it covers, or why it cannot start yet
 * @param href the page to do it on; {@code null} when it cannot start yet
 * @param status where it stands
 */
record Task(String id, String name, String hint, String href, TaskStatus status) {
}
