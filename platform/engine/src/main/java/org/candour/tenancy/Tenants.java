package org.candour.tenancy;

import java.util.List;

import org.springframework.data.repository.CrudRepository;

/** The platform's register of tenants. */
interface Tenants extends CrudRepository<Tenant, String> {

	List<Tenant> findAllByOrderByIdAsc();

}
