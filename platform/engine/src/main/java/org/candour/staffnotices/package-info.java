/**
 * Staff notifications: emails to the member or team a case is allocated to, to the owner
 * of a learning action (when it is given to them, a reminder before it is due, and once
 * when it turns overdue) and to the risk managers of a case newly flagged high risk.
 * Reacts to cases' and learning records' events and ticks a scheduled sweep by the
 * application clock; hands every message to the notifications module's outbox
 * ({@link org.candour.notifications.StaffMessages}) under an id made of the event, so
 * each is sent at most once. Uses cases, learning, risk, notifications, calendar, the
 * configuration store and tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Staff notices", allowedDependencies = { "calendar",
		"cases", "config", "definition :: model", "learning", "notifications", "risk", "tenancy", "workflow" })
package org.candour.staffnotices;
