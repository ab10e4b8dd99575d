/**
 * The web layer (Thymeleaf): admin configuration, officer workspace and resident pages.
 * For now the landing page that lists the tenants and links to the API and schemas. Uses
 * tenancy.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web pages")
package org.candour.web;
