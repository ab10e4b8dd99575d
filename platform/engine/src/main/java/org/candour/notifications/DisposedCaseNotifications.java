package org.candour.notifications;

import org.candour.cases.CaseDisposed;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The notifications of a case disposed of at the end of its retention period go with it:
 * they hold the resident's address and the words sent.
 */
@Component
class DisposedCaseNotifications {

	private final Outbox outbox;

	DisposedCaseNotifications(Outbox outbox) {
		this.outbox = outbox;
	}

	@EventListener
	void on(CaseDisposed disposed) {
		this.outbox.forget(disposed.reference().value());
	}

}
