package org.candour.web.officer;

import jakarta.servlet.http.HttpServletRequest;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.web.sessions.SessionTimeouts;
import org.candour.tenancy.TenantContext;
import org.candour.tenancy.TenantManagement;

import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the officer layout needs on every page of the workspace: the tenant, who is signed
 * in, what they may do, and where the workspace lives.
 */
@ControllerAdvice(basePackages = "org.candour.web.officer")
class OfficerPageModel {

	/** The roles that run reports and see the dashboard. */
	static final java.util.List<String> REPORT_READERS = java.util.List.of(EndpointRoles.MANAGER, EndpointRoles.AUDITOR,
			EndpointRoles.TENANT_ADMIN);

	/** The roles that read the learning register and the actions due. */
	static final java.util.List<String> LEARNING_READERS = java.util.List.of(EndpointRoles.OFFICER,
			EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR, EndpointRoles.AUDITOR);

	/** The roles that read the satisfaction results. */
	static final java.util.List<String> SATISFACTION_READERS = java.util.List.of(EndpointRoles.MANAGER,
			EndpointRoles.AUDITOR);

	/** The roles that read the equality profile. */
	static final java.util.List<String> EQUALITY_READERS = java.util.List.of(EndpointRoles.EQUALITY_ANALYST,
			EndpointRoles.MANAGER, EndpointRoles.AUDITOR);

	/** The roles that record learning. */
	static final java.util.List<String> REMEDY_EDITORS = java.util.List.of(EndpointRoles.OFFICER, EndpointRoles.MANAGER,
			EndpointRoles.INVESTIGATOR);

	static final java.util.List<String> LEARNING_EDITORS = java.util.List.of(EndpointRoles.OFFICER,
			EndpointRoles.MANAGER, EndpointRoles.INVESTIGATOR);

	/** The roles that read the QA work queue, scorecards and figures. */
	static final java.util.List<String> QA_READERS = java.util.List.of(EndpointRoles.MANAGER,
			EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR);

	private final TenantManagement tenants;

	private final Actors actors;

	private final SessionTimeouts timeouts;

	OfficerPageModel(TenantManagement tenants, Actors actors, SessionTimeouts timeouts) {
		this.tenants = tenants;
		this.actors = actors;
		this.timeouts = timeouts;
	}

	@ModelAttribute
	void layout(HttpServletRequest request, Model model) {
		TenantContext.current().ifPresent(current -> {
			String tenant = current.value();
			Actors.Actor actor = this.actors.current();
			model.addAttribute("tenant", tenant);
			model.addAttribute("tenantName", this.tenants.find(tenant).map(found -> found.name()).orElse(tenant));
			model.addAttribute("workUrl", OfficerPaths.work(tenant));
			model.addAttribute("signedIn", actor.name());
			model.addAttribute("isManager",
					actor.hasAnyRole(java.util.List.of(EndpointRoles.MANAGER, EndpointRoles.TENANT_ADMIN)));
			model.addAttribute("reportsUrl", OfficerPaths.reports(tenant));
			model.addAttribute("dashboardUrl", OfficerPaths.dashboard(tenant));
			model.addAttribute("learningUrl", OfficerPaths.learning(tenant));
			model.addAttribute("actionsUrl", OfficerPaths.actionsDue(tenant));
			model.addAttribute("readsLearning", actor.hasAnyRole(LEARNING_READERS));
			model.addAttribute("satisfactionUrl", OfficerPaths.satisfaction(tenant));
			model.addAttribute("equalityUrl", OfficerPaths.equality(tenant));
			model.addAttribute("readsSatisfaction", actor.hasAnyRole(SATISFACTION_READERS));
			model.addAttribute("readsEquality", actor.hasAnyRole(EQUALITY_READERS));
			model.addAttribute("onlyEquality", !actor.roles().isEmpty()
					&& actor.roles().stream().allMatch(EndpointRoles.EQUALITY_ANALYST::equals));
			model.addAttribute("recordsLearning", actor.hasAnyRole(LEARNING_EDITORS));
			model.addAttribute("decidesRemedies", actor.hasAnyRole(REMEDY_EDITORS));
			model.addAttribute("readsReports", actor.hasAnyRole(REPORT_READERS));
			model.addAttribute("qaUrl", OfficerPaths.qa(tenant));
			model.addAttribute("readsQa", actor.hasAnyRole(QA_READERS));
			model.addAttribute("readsPublishedReports",
					actor.hasAnyRole(java.util.List.of(EndpointRoles.OFFICER, EndpointRoles.EQUALITY_ANALYST)));
			model.addAttribute("currentPath", request.getRequestURI().substring(request.getContextPath().length()));
			model.addAttribute("sessionTiming", this.timeouts.signedInTiming());
		});
	}

}
