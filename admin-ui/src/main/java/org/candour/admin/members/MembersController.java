package org.candour.admin.members;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.candour.admin.PageProblem;
import org.candour.admin.Texts;
import org.candour.api.Actors;
import org.candour.api.EndpointRoles;
import org.candour.api.Refusal;
import org.candour.config.ActiveConfigurations;
import org.candour.config.ConfigVersion;
import org.candour.definition.model.CompiledConfiguration;
import org.candour.definition.model.OrgUnit;
import org.candour.security.MachineClients;
import org.candour.security.MemberIssuers;
import org.candour.security.Membership;
import org.candour.security.Memberships;
import org.candour.tenancy.IdentityProvider;
import org.candour.tenancy.TenantContext;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The tenant's members: who they are, their roles (by the tenant's role titles) and
 * teams, adding a member by the user name they sign in with (an invitation: the
 * membership waits for their first sign-in), changing their roles, teams and email
 * address, and removing them. Every change goes through {@link Memberships}, which
 * records it in the security log. Roles come from the published configuration (custom
 * roles are role documents), teams from the org structure as it is today. Auditors read
 * only.
 */
@Controller
@RequestMapping("/t/{tenant}/admin/members")
@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.AUDITOR, EndpointRoles.PLATFORM_ADMIN })
class MembersController {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	private final Memberships memberships;

	private final MemberIssuers issuers;

	private final MachineClients machines;

	private final ActiveConfigurations configurations;

	private final Actors actors;

	private final Clock clock;

	MembersController(Memberships memberships, MemberIssuers issuers, MachineClients machines,
			ActiveConfigurations configurations, Actors actors, Optional<Clock> clock) {
		this.memberships = memberships;
		this.issuers = issuers;
		this.machines = machines;
		this.configurations = configurations;
		this.actors = actors;
		this.clock = clock.orElse(Clock.systemUTC());
	}

	@GetMapping
	String list(@RequestParam(required = false) String done, Model model) {
		CompiledConfiguration configuration = published();
		RoleChoices roles = new RoleChoices(configuration);
		Map<String, String> units = unitNames(configuration, false);
		List<MemberRow> rows = this.memberships.list()
			.stream()
			.map(member -> new MemberRow(member.user(), member.issuer(), member.email(),
					member.roles().stream().map(roles::title).toList(),
					member.orgUnits().stream().map(unit -> units.getOrDefault(unit, unit)).toList(),
					this.machines.isMachine(member.user()),
					member.issuer() == null && !this.issuers.signsInToTheEmbeddedServer(member.user()),
					memberUrl(member)))
			.toList();
		model.addAttribute("members", rows);
		model.addAttribute("done", done);
		model.addAttribute("ownProvider", this.issuers.provider() != null);
		model.addAttribute("groups", groups(configuration, roles));
		model.addAttribute("addUrl", base() + "/new");
		return "admin/members/list";
	}

	@GetMapping("/new")
	String add(Model model) {
		return show(model, null, new MemberForm("", "", List.of(), List.of()), List.of());
	}

	@PostMapping("/new")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String added(@ModelAttribute MemberForm form, Model model, HttpServletResponse response) {
		String issuer = this.issuers.issuerOf(null, true);
		List<String> members = this.memberships.list()
			.stream()
			.filter(member -> java.util.Objects.equals(member.issuer(), issuer))
			.map(Membership::user)
			.toList();
		List<PageProblem> problems = problems(form, true, members);
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(model, null, form, problems);
		}
		save(issuer, form);
		return "redirect:" + base() + "?done=added";
	}

	@GetMapping("/{user}")
	String member(@PathVariable String user, @RequestParam(required = false) String issuer, Model model) {
		Membership member = find(user, issuer);
		return show(model, member, new MemberForm(member.user(), Optional.ofNullable(member.email()).orElse(""),
				member.roles(), member.orgUnits()), List.of());
	}

	@PostMapping("/{user}")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String changed(@PathVariable String user, @RequestParam(required = false) String issuer,
			@ModelAttribute MemberForm form, Model model, HttpServletResponse response) {
		Membership member = find(user, issuer);
		MemberForm posted = new MemberForm(member.user(), form.email(), form.roles(), form.orgUnits());
		List<PageProblem> problems = problems(posted, false, List.of());
		if (!problems.isEmpty()) {
			response.setStatus(422);
			return show(model, member, posted, problems);
		}
		save(member.issuer(), posted);
		return "redirect:" + base() + "?done=changed";
	}

	@GetMapping("/{user}/remove")
	String confirmRemove(@PathVariable String user, @RequestParam(required = false) String issuer, Model model) {
		Membership member = find(user, issuer);
		model.addAttribute("user", member.user());
		model.addAttribute("actionUrl", memberUrl(member, "/remove"));
		model.addAttribute("backUrl", memberUrl(member));
		return "admin/members/remove";
	}

	@PostMapping("/{user}/remove")
	@EndpointRoles({ EndpointRoles.TENANT_ADMIN, EndpointRoles.PLATFORM_ADMIN })
	String remove(@PathVariable String user, @RequestParam(required = false) String issuer) {
		Membership member = find(user, issuer);
		this.memberships.remove(member.issuer(), member.user(), this.actors.current().name());
		return "redirect:" + base() + "?done=removed";
	}

	private void save(String issuer, MemberForm form) {
		this.memberships.put(issuer, form.user(), form.roles(), form.orgUnits(),
				form.email().isEmpty() ? null : form.email(), this.actors.current().name());
	}

	private List<PageProblem> problems(MemberForm form, boolean adding, List<String> members) {
		CompiledConfiguration configuration = published();
		return form.problems(adding, members, new RoleChoices(configuration).names(),
				unitNames(configuration, true).keySet(), adding && this.machines.isMachine(form.user()));
	}

	private String show(Model model, Membership member, MemberForm form, List<PageProblem> problems) {
		CompiledConfiguration configuration = published();
		Map<String, String> teams = unitNames(configuration, true);
		List<RoleChoices.Choice> units = new ArrayList<>();
		teams.forEach((id, name) -> units.add(new RoleChoices.Choice(id, name)));
		// a unit a restructure has closed stays ticked until it is unticked
		Map<String, String> all = unitNames(configuration, false);
		form.orgUnits()
			.stream()
			.filter(unit -> !teams.containsKey(unit))
			.forEach(unit -> units.add(new RoleChoices.Choice(unit, all.getOrDefault(unit, unit) + " (closed)")));
		model.addAttribute("adding", member == null);
		model.addAttribute("form", form);
		model.addAttribute("errors", problems);
		model.addAttribute("roleChoices", new RoleChoices(configuration).choices());
		model.addAttribute("unitChoices", units);
		model.addAttribute("ownProvider", this.issuers.provider() != null);
		model.addAttribute("machine", member != null && this.machines.isMachine(member.user()));
		model.addAttribute("action", (member == null) ? base() + "/new" : memberUrl(member));
		model.addAttribute("removeUrl", (member == null) ? null : memberUrl(member, "/remove"));
		model.addAttribute("listUrl", base());
		return "admin/members/member";
	}

	private Membership find(String user, String issuer) {
		String blankless = (issuer == null || issuer.isBlank()) ? null : issuer;
		return this.memberships.list()
			.stream()
			.filter(member -> member.user().equals(user) && java.util.Objects.equals(member.issuer(), blankless))
			.findFirst()
			.orElseThrow(() -> Refusal.notFound("No member " + user));
	}

	/**
	 * Which identity-provider groups give which roles: the tenant's and role documents'.
	 */
	private List<GroupRow> groups(CompiledConfiguration configuration, RoleChoices roles) {
		List<GroupRow> rows = new ArrayList<>();
		IdentityProvider provider = this.issuers.provider();
		if (provider != null) {
			provider.groupMappings()
				.forEach(mapping -> rows.add(new GroupRow(mapping.group(),
						mapping.roles().stream().map(roles::title).toList(), "The tenant’s sign-in settings")));
		}
		if (configuration != null) {
			configuration.roles()
				.values()
				.forEach(role -> role.groupClaims()
					.forEach(group -> rows.add(new GroupRow(group, List.of(roles.title(role.id())),
							"Role ‘" + roles.title(role.id()) + "’"))));
		}
		return rows;
	}

	/** Org unit names by id: those open today, or every unit. */
	private Map<String, String> unitNames(CompiledConfiguration configuration, boolean openToday) {
		Map<String, String> names = new LinkedHashMap<>();
		if (configuration == null) {
			return names;
		}
		LocalDate today = LocalDate.ofInstant(this.clock.instant(), LONDON);
		configuration.orgStructures().values().forEach(structure -> {
			List<OrgUnit> units = openToday ? structure.activeOn(today) : structure.units();
			units.forEach(unit -> names.put(unit.id(), Texts.english(unit.name(), unit.id())));
		});
		return names;
	}

	private CompiledConfiguration published() {
		return this.configurations.current().map(ConfigVersion::model).orElse(null);
	}

	private String memberUrl(Membership member) {
		return memberUrl(member, "");
	}

	private String memberUrl(Membership member, String suffix) {
		return base() + "/" + member.user() + suffix + ((member.issuer() == null) ? ""
				: "?issuer=" + java.net.URLEncoder.encode(member.issuer(), java.nio.charset.StandardCharsets.UTF_8));
	}

	private static String base() {
		return "/t/" + TenantContext.require().value() + "/admin/members";
	}

	/**
	 * A member as the list shows them.
	 *
	 * @param user user name
	 * @param issuer who signs them in; {@code null} for Candour's own sign-in server
	 * @param email their email address, or {@code null}
	 * @param roles role titles
	 * @param orgUnits org unit names
	 * @param machine whether it is an API client rather than a person
	 * @param cannotSignIn whether Candour's own sign-in server has no account for them
	 * @param href their page
	 */
	record MemberRow(String user, String issuer, String email, List<String> roles, List<String> orgUnits,
			boolean machine, boolean cannotSignIn, String href) {
	}

	/**
	 * An identity-provider group and the roles it gives.
	 *
	 * @param group the group's name as the provider sends it
	 * @param roles role titles
	 * @param where where the mapping is set
	 */
	record GroupRow(String group, List<String> roles, String where) {
	}

}
