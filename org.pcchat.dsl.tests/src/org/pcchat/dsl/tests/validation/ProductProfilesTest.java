package org.pcchat.dsl.tests.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.pcchat.dsl.model.ProductKind;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.ProductProfiles;

/** The profile table itself (ProductProfiles: Microsoft's database and operating-system support pages). */
class ProductProfilesTest {

	private final ProductProfiles profiles = new ProductProfiles();

	@Test
	void everyProductOfTheLanguageHasAProfile() {
		for (ProductKind product : ProductKind.values()) {
			assertEquals(product, profiles.profile(product).product());
		}
	}

	@Test
	void lync2013() {
		ProductProfile lync = profiles.profile(ProductKind.LYNC2013);
		assertEquals("SQL2008R2, SQL2012", lync.describeSqlChoices());
		assertEquals("WindowsServer2008R2 sp 1, WindowsServer2012, WindowsServer2012R2", lync.describeOsChoices());
	}

	@Test
	void skypeForBusiness2015() {
		ProductProfile skype = profiles.profile(ProductKind.SKYPE_FOR_BUSINESS2015);
		assertEquals("SQL2012, SQL2014 (from cu 6), SQL2016 sp 1 (from cu 7), SQL2017, SQL2019",
				skype.describeSqlChoices());
		assertEquals("WindowsServer2012, WindowsServer2012R2, WindowsServer2016 (from cu 5),"
				+ " WindowsServer2019 (from cu 9)", skype.describeOsChoices());
	}

	@Test
	void aProductWithoutProfileIsAProgrammingError() {
		ProductProfiles lyncOnly = new ProductProfiles(List.of(profiles.profile(ProductKind.LYNC2013)));
		assertThrows(IllegalStateException.class, () -> lyncOnly.profile(ProductKind.SKYPE_FOR_BUSINESS2015));
	}
}
