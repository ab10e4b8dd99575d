package org.candour.staffnotices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Staff notification settings ({@code candour.staff-notices.*}).
 *
 * @param actionReminderWorkingDays how many working days before its due date the owner of
 * a learning action is reminded
 * @param actionSweepInterval how often learning actions are looked at for reminders and
 * overdue notices
 */
@ConfigurationProperties("candour.staff-notices")
record StaffNoticeSettings(@DefaultValue("5") int actionReminderWorkingDays,
		@DefaultValue("PT15M") Duration actionSweepInterval) {
}
