package org.candour.tenancy;

import org.candour.support.CandourIntegrationTest;

/** The isolation guard rail on the embedded server. */
@CandourIntegrationTest
class TenantIsolationIntegrationTests extends TenantIsolationContract {

}
