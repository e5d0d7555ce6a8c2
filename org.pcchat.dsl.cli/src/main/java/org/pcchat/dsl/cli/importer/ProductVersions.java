package org.pcchat.dsl.cli.importer;

import java.util.Comparator;
import java.util.Map;
import java.util.TreeSet;

/**
 * The product of a topology, from the ServiceVersion of its Persistent Chat (or else Front End)
 * services: Lync Server 2010 wrote 5, Lync Server 2013 writes 6, Skype for Business Server 2015 7,
 * Skype for Business Server 2019 8. Only 6 and 7 have Persistent Chat as pcchat knows it; any other
 * leaves the product unwritten, with a warning.
 */
final class ProductVersions {

	private static final Map<String, String> PRODUCTS = Map.of("6", "Lync2013", "7", "SkypeForBusiness2015");
	private static final Map<String, String> OTHERS = Map.of("5", "Lync Server 2010", "8", "Skype for Business Server 2019");

	private ProductVersions() {
	}

	static String product(RawTopology raw, DeploymentMapper mapper) {
		TreeSet<String> versions = versions(raw, true);
		if (versions.isEmpty()) {
			versions = versions(raw, false);
		}
		if (versions.isEmpty()) {
			mapper.topology.comments.add("Product: the document's services give no ServiceVersion; Lync2013 is assumed.");
			return null;
		}
		String version = versions.last();
		if (versions.size() > 1) {
			mapper.warnings.add(mapper.where, "services of versions " + String.join(", ", versions) + "; the product is "
					+ "taken from the newest, " + version);
		}
		String product = PRODUCTS.get(version);
		if (product == null) {
			String name = OTHERS.getOrDefault(version, "an unknown product");
			mapper.warnings.add(mapper.where, "ServiceVersion " + version + " is " + name + ", which pcchat does not check; "
					+ "the product is left out (Lync2013 is assumed)");
			mapper.topology.comments.add("Product: ServiceVersion " + version + " (" + name + ") is not one pcchat knows.");
		}
		return product;
	}

	private static TreeSet<String> versions(RawTopology raw, boolean chat) {
		TreeSet<String> versions = new TreeSet<>(Comparator.comparingInt(Integer::parseInt));
		for (RawTopology.Service service : raw.services()) {
			boolean wanted = chat ? Roles.isChatPool(service.role()) : Roles.is(service, Roles.USER_SERVICES);
			if (wanted && service.version() != null && service.version().matches("\\d{1,3}")) {
				versions.add(service.version());
			}
		}
		return versions;
	}
}
