/**
 * The form builder's pages: a feedback type's form page by page and question by question,
 * and the question and page edits (a question's condition as rows, the Welsh of questions
 * and page headings among them) made through the configuration model's
 * {@code FormEditor}, each saved as a draft edit of the form document only if it is
 * unchanged since the page was loaded.
 */
package org.candour.admin.forms;
