package org.candour.web.officer.queues;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code candour.queues.*}.
 *
 * @param dueSoonWorkingDays the "due soon" queue holds cases due within this many working
 * days from today
 * @param pageSize cases per page of a queue
 * @param bulkLimit the most cases one bulk action may take
 */
@ConfigurationProperties("candour.queues")
record QueueSettings(@DefaultValue("5") int dueSoonWorkingDays, @DefaultValue("50") int pageSize,
		@DefaultValue("200") int bulkLimit) {
}
