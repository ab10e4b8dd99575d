package org.candour.open311;

import org.candour.api.EndpointRoles;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** GeoReport v2's service list and service definitions, public. */
@RestController
@EndpointRoles(EndpointRoles.PUBLIC)
class Open311ServicesController {

	private final Open311Catalogue catalogue;

	private final Open311Responses responses;

	Open311ServicesController(Open311Catalogue catalogue, Open311Responses responses) {
		this.catalogue = catalogue;
		this.responses = responses;
	}

	@GetMapping("/open311/{tenant}/v2/services.{format}")
	ResponseEntity<String> services(@PathVariable String format) {
		return this.responses.list(Open311Format.require(format), HttpStatus.OK,
				Open311Services.list(this.catalogue.offers()));
	}

	@GetMapping("/open311/{tenant}/v2/services/{code}.{format}")
	ResponseEntity<String> definition(@PathVariable String code, @PathVariable String format) {
		Open311Format wanted = Open311Format.require(format);
		return this.responses.single(wanted, "service_definition",
				Open311Services.definition(this.catalogue.offer(code)));
	}

	/** Any other address under the endpoint: 404 in Open311's shape. */
	@org.springframework.web.bind.annotation.RequestMapping("/open311/{tenant}/**")
	ResponseEntity<String> unknown() {
		throw Open311Failure.notFound("No such Open311 address");
	}

}
