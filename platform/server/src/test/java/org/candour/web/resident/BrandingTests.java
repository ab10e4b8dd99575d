package org.candour.web.resident;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BrandingTests {

	@Test
	void aBrandColourFillsTheHeaderOnlyWhenWhiteTextOnItIsReadable() {
		assertThat(Branding.whiteTextReadableOn("#1d70b8")).isTrue();
		assertThat(Branding.whiteTextReadableOn("#4c2c92")).isTrue();
		assertThat(Branding.whiteTextReadableOn("#005a70")).isTrue();
		assertThat(Branding.whiteTextReadableOn("#ffdd00")).isFalse();
		assertThat(Branding.whiteTextReadableOn("#00a33b")).isFalse();
	}

}
