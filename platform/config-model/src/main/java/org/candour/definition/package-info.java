/**
 * The configuration model: the kinds of configuration document, their JSON Schema 2020-12
 * meta-schemas, and validation (meta-schema checks plus cross-reference checks with
 * stable problem codes, errors apart from warnings). No runtime engine and no database:
 * the pack CLI, the admin UI and the engines all use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Configuration model", allowedDependencies = {})
package org.candour.definition;
