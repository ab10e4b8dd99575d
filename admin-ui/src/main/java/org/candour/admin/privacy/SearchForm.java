package org.candour.admin.privacy;

import org.candour.privacy.Identifiers;

/**
 * The identifiers typed into the search, kept on the page (and posted again with the
 * export and erasure forms).
 */
record SearchForm(String email, String phone, String name, String address, String reference) {

	static final SearchForm EMPTY = new SearchForm(null, null, null, null, null);

	Identifiers identifiers() {
		return new Identifiers(this.email, this.phone, this.name, this.address, this.reference);
	}

}
