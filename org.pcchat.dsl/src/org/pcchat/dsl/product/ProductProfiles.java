package org.pcchat.dsl.product;

import static org.pcchat.dsl.model.OsVersion.WINDOWS_SERVER2008_R2;
import static org.pcchat.dsl.model.OsVersion.WINDOWS_SERVER2012;
import static org.pcchat.dsl.model.OsVersion.WINDOWS_SERVER2012_R2;
import static org.pcchat.dsl.model.OsVersion.WINDOWS_SERVER2016;
import static org.pcchat.dsl.model.OsVersion.WINDOWS_SERVER2019;
import static org.pcchat.dsl.model.SqlVersion.SQL2008R2;
import static org.pcchat.dsl.model.SqlVersion.SQL2012;
import static org.pcchat.dsl.model.SqlVersion.SQL2014;
import static org.pcchat.dsl.model.SqlVersion.SQL2016;
import static org.pcchat.dsl.model.SqlVersion.SQL2017;
import static org.pcchat.dsl.model.SqlVersion.SQL2019;

import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.xtext.EcoreUtil2;
import org.pcchat.dsl.model.ProductKind;
import org.pcchat.dsl.model.Values;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The product profiles: the one table of what each product supports. A new product is one more
 * entry in {@link #KNOWN} (and its literal in {@link ProductKind}); no check changes.
 */
@Singleton
public class ProductProfiles {

	/** The product of a topology that does not name one (docs/LANGUAGE.md, "product"). */
	public static final ProductKind DEFAULT_PRODUCT = ProductKind.LYNC2013;

	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support,
	// https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support
	static final ProductProfile LYNC_2013 = ProductProfile.of(ProductKind.LYNC2013, "Lync Server 2013")
			.sql(SQL2008R2).sql(SQL2012)
			.os(WINDOWS_SERVER2008_R2, Support.fromServicePack(1)).os(WINDOWS_SERVER2012)
			.os(WINDOWS_SERVER2012_R2) // its October 2013 update is not in rule PC311, so no cu is required
			.build(); // SQL mirroring and clustering only, no AlwaysOn; no updates required before installing

	// https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements:
	// Skype for Business Server 2015 database and operating-system support.
	static final ProductProfile SKYPE_FOR_BUSINESS_2015 = ProductProfile
			.of(ProductKind.SKYPE_FOR_BUSINESS2015, "Skype for Business Server 2015")
			.sql(SQL2012)
			.sql(SQL2014, Support.fromCumulativeUpdate(6))
			.sql(SQL2016, Support.fromServicePack(1).andCumulativeUpdate(7))
			.sql(SQL2017)
			.sql(SQL2019, Support.withCaveat("its general database page lists SQL Server 2019, but its newest"
					+ " Persistent Chat page stops at SQL Server 2017; prefer SQL2017, or confirm support first"))
			.os(WINDOWS_SERVER2012).os(WINDOWS_SERVER2012_R2)
			.os(WINDOWS_SERVER2016, Support.fromCumulativeUpdate(5))
			.os(WINDOWS_SERVER2019, Support.fromCumulativeUpdate(9))
			// server requirements page: AlwaysOn is new in 2015; updates before installing or upgrading
			.alwaysOn()
			.hotfix(WINDOWS_SERVER2008_R2, "KB2533623").hotfix(WINDOWS_SERVER2012, "KB2858668")
			.hotfix(WINDOWS_SERVER2012_R2, "KB2982006")
			.build();

	static final List<ProductProfile> KNOWN = List.of(LYNC_2013, SKYPE_FOR_BUSINESS_2015);

	private final Map<ProductKind, ProductProfile> profiles = new EnumMap<>(ProductKind.class);

	@Inject
	public ProductProfiles() {
		this(KNOWN);
	}

	/** A registry of other profiles, e.g. for a product not released yet. */
	public ProductProfiles(Collection<ProductProfile> profiles) {
		profiles.forEach(profile -> this.profiles.put(profile.product(), profile));
	}

	public ProductProfile profile(ProductKind product) {
		ProductProfile profile = profiles.get(product);
		if (profile == null) {
			throw new IllegalStateException("no product profile for " + product.getLiteral());
		}
		return profile;
	}

	/**
	 * The profile of the product of the topology that contains {@code element}; the default product's
	 * when the topology names an unknown one (the checklist needs one).
	 */
	public ProductProfile profileOf(EObject element) {
		return knownProfileOf(element).orElseGet(() -> profile(DEFAULT_PRODUCT));
	}

	/**
	 * The profile of the topology's product, the default product's when it names none; empty when it
	 * names one the language does not know (PC006): then no rule judges versions against a profile.
	 */
	public Optional<ProductProfile> knownProfileOf(EObject element) {
		return Values.product(EcoreUtil2.getContainerOfType(element, Topology.class)).map(this::profile);
	}
}
