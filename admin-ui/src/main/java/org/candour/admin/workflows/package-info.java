/**
 * A feedback type's workflow in the draft: states, transitions and clocks as tables, and
 * its state diagram with a text alternative.
 */
package org.candour.admin.workflows;
