package org.pcchat.dsl.tests.validation;

import java.util.List;

import org.pcchat.dsl.PctopoRuntimeModule;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.ProductKind;
import org.pcchat.dsl.model.SqlVersion;
import org.pcchat.dsl.product.ProductProfile;
import org.pcchat.dsl.product.ProductProfiles;
import org.pcchat.dsl.product.Support;
import org.pcchat.dsl.tests.PctopoInjectorProvider;

/**
 * The language with one invented product profile in place of the real ones: what a new product
 * would be, added as data only. It answers for {@code Lync2013}, the default product.
 */
public class FutureProductInjectorProvider extends PctopoInjectorProvider {

	/** SQL Server 2022 from cumulative update 3, and Windows Server 2022 only. */
	static final ProductProfile FUTURE = ProductProfile.of(ProductKind.LYNC2013, "Future Server 2030")
			.sql(SqlVersion.SQL2022, Support.fromCumulativeUpdate(3)).os(OsVersion.WINDOWS_SERVER2022).build();

	@Override
	protected PctopoRuntimeModule createRuntimeModule() {
		return new FutureProductModule();
	}

	public static class FutureProductModule extends PctopoRuntimeModule {

		@Override
		public ClassLoader bindClassLoaderToInstance() {
			return FutureProductInjectorProvider.class.getClassLoader(); // as the generated provider, for OSGi
		}

		public ProductProfiles bindProductProfiles() {
			return new ProductProfiles(List.of(FUTURE));
		}
	}
}
