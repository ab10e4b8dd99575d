package org.candour.definition.model;

import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import tools.jackson.databind.JsonNode;

import org.candour.definition.ConfigDocument;
import org.candour.definition.ConfigKind;
import org.candour.definition.SchemaCheck;
import org.candour.definition.Schemas;

/**
 * One configuration version, compiled once: typed, immutable records for every kind of
 * document, built from canonical documents that passed validation. Tenant-written JSON
 * Schemas (guards, inputs, form answers) are compiled on first use and kept with it, and
 * so are the views other modules derive from it ({@link #view}), so everything derived
 * from a version lives exactly as long as the version is cached.
 */
public final class CompiledConfiguration {

	private final List<ConfigDocument> documents;

	private final Map<String, FeedbackType> feedbackTypes;

	private final Map<String, Form> forms;

	private final Map<String, WorkflowDefinition> workflows;

	private final OrgStructure orgStructure;

	private final Map<String, OrgStructure> orgStructures;

	private final CalendarDefinition calendar;

	private final Map<String, CodeList> codeLists;

	private final Map<String, Role> roles;

	private final Map<String, NotificationTemplate> notificationTemplates;

	private final Branding branding;

	private final Map<String, ReportDefinition> reports;

	private final Map<String, ServiceStandard> serviceStandards;

	private final QaPolicy qaPolicy;

	private final Schemas schemas;

	private static final int MAX_KEPT_CHECKS = 4096;

	private final Map<JsonNode, SchemaCheck> checks = Collections.synchronizedMap(new IdentityHashMap<>());

	private final Map<Object, Object> views = new ConcurrentHashMap<>();

	private CompiledConfiguration(Collection<ConfigDocument> documents, Schemas schemas) {
		this.documents = List.copyOf(documents);
		this.schemas = schemas;
		this.feedbackTypes = read(ConfigKind.FEEDBACK_TYPE, FeedbackType::read);
		this.forms = read(ConfigKind.FORM, Form::read);
		this.workflows = read(ConfigKind.WORKFLOW, WorkflowDefinition::parse);
		this.orgStructure = new OrgStructure(ofKind(ConfigKind.ORG_STRUCTURE)
			.flatMap(document -> OrgUnit.readAll(document.spec().path("units")).stream())
			.toList());
		this.orgStructures = read(ConfigKind.ORG_STRUCTURE,
				document -> new OrgStructure(OrgUnit.readAll(document.spec().path("units"))));
		this.calendar = ofKind(ConfigKind.CALENDAR).findFirst().map(CalendarDefinition::read).orElse(null);
		this.codeLists = read(ConfigKind.CODE_LIST, CodeList::read);
		this.roles = read(ConfigKind.ROLE, Role::read);
		this.notificationTemplates = read(ConfigKind.NOTIFICATION_TEMPLATE, NotificationTemplate::read);
		this.branding = ofKind(ConfigKind.BRANDING).min(java.util.Comparator.comparing(ConfigDocument::id))
			.map(Branding::read)
			.orElse(null);
		this.serviceStandards = read(ConfigKind.SERVICE_STANDARD, ServiceStandard::read);
		this.qaPolicy = ofKind(ConfigKind.QA_POLICY).min(java.util.Comparator.comparing(ConfigDocument::id))
			.map(QaPolicy::read)
			.orElse(null);
		this.reports = read(ConfigKind.REPORT, document -> ReportDefinition.read(document, this.qaPolicy));
	}

	/**
	 * Compiles canonical documents that already passed validation (a published version),
	 * or that match their meta-schemas and whose cross-references the validator checks on
	 * the result.
	 */
	public static CompiledConfiguration of(Collection<ConfigDocument> canonical, Schemas schemas) {
		return new CompiledConfiguration(canonical, schemas);
	}

	private <T> Map<String, T> read(ConfigKind kind, Function<ConfigDocument, T> reader) {
		Map<String, T> read = new LinkedHashMap<>();
		ofKind(kind).forEach(document -> read.putIfAbsent(document.id(), reader.apply(document)));
		return Collections.unmodifiableMap(read);
	}

	private java.util.stream.Stream<ConfigDocument> ofKind(ConfigKind kind) {
		return this.documents.stream().filter(document -> document.is(kind));
	}

	/** The canonical documents, as stored and served. */
	public List<ConfigDocument> documents() {
		return this.documents;
	}

	public Optional<ConfigDocument> document(ConfigKind kind, String id) {
		return ofKind(kind).filter(document -> document.id().equals(id)).findFirst();
	}

	public Map<String, FeedbackType> feedbackTypes() {
		return this.feedbackTypes;
	}

	public Optional<FeedbackType> feedbackType(String id) {
		return Optional.ofNullable(this.feedbackTypes.get(id));
	}

	public Map<String, Form> forms() {
		return this.forms;
	}

	public Optional<Form> form(String id) {
		return Optional.ofNullable(this.forms.get(id));
	}

	public Map<String, WorkflowDefinition> workflows() {
		return this.workflows;
	}

	public Optional<WorkflowDefinition> workflow(String id) {
		return Optional.ofNullable(this.workflows.get(id));
	}

	public OrgStructure orgStructure() {
		return this.orgStructure;
	}

	/**
	 * Each org-structure document's own units, by document id ({@link #orgStructure()}
	 * holds them all).
	 */
	public Map<String, OrgStructure> orgStructures() {
		return this.orgStructures;
	}

	/** The calendar document, when the version has one (the first). */
	public Optional<CalendarDefinition> calendar() {
		return Optional.ofNullable(this.calendar);
	}

	public Map<String, CodeList> codeLists() {
		return this.codeLists;
	}

	public Optional<CodeList> codeList(String id) {
		return Optional.ofNullable(this.codeLists.get(id));
	}

	public Map<String, Role> roles() {
		return this.roles;
	}

	public Optional<NotificationTemplate> notificationTemplate(String id) {
		return Optional.ofNullable(this.notificationTemplates.get(id));
	}

	public Map<String, NotificationTemplate> notificationTemplates() {
		return this.notificationTemplates;
	}

	/** The branding document, when the version has one (the first by id). */
	public Optional<Branding> branding() {
		return Optional.ofNullable(this.branding);
	}

	public Map<String, ReportDefinition> reports() {
		return this.reports;
	}

	/** The service standards the tenant monitors, by id. */
	public Map<String, ServiceStandard> serviceStandards() {
		return this.serviceStandards;
	}

	/**
	 * The quality assurance policy, when the version has one (the first by id; a second
	 * is refused by validation).
	 */
	public Optional<QaPolicy> qaPolicy() {
		return Optional.ofNullable(this.qaPolicy);
	}

	/**
	 * The compiled check of a tenant-written schema held by this configuration (a guard,
	 * a transition's inputs, a form's schema), compiled on first use.
	 * @throws Schemas.InvalidSchemaException when it is not a usable schema
	 */
	public SchemaCheck check(JsonNode schema) {
		SchemaCheck check = this.checks.get(schema);
		if (check == null) {
			check = this.schemas.compile(schema);
			// the configuration's own schemas are a few hundred; a caller that builds
			// schema
			// nodes of its own gets them compiled, never kept without bound
			if (this.checks.size() < MAX_KEPT_CHECKS) {
				this.checks.put(schema, check);
			}
		}
		return check;
	}

	/**
	 * A view derived from this configuration (a working-day calendar, the pages of a form
	 * in one language, a queue's vocabulary), derived once per key and kept with it.
	 * @param key what the view is, e.g. a record of its kind and parameters
	 * @param derive derives the view from this configuration
	 */
	@SuppressWarnings("unchecked")
	public <T> T view(Object key, Function<CompiledConfiguration, T> derive) {
		Object view = this.views.get(key);
		if (view == null) {
			view = derive.apply(this);
			Object raced = this.views.putIfAbsent(key, view);
			view = (raced != null) ? raced : view;
		}
		return (T) view;
	}

}
