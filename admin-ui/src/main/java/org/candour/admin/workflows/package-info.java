/**
 * A feedback type's workflow in the draft: states, transitions and clocks as tables, and
 * its state diagram with a text alternative; an action's rules, questions and effects on
 * pages of their own.
 */
package org.candour.admin.workflows;
