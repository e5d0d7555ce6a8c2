package org.pcchat.dsl.cli.importer;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The role names of topology documents (a Service's RoleName) and what pcchat makes of them. No
 * public document lists them all; these are the ones of Lync Server 2013 and Skype for Business
 * Server 2015 topologies. A role not listed here is reported as a warning and kept as a comment.
 */
final class Roles {

	static final String USER_SERVICES = "UserServices";
	static final String REGISTRAR = "Registrar";
	static final String USER_STORE = "UserStore";
	static final String FILE_STORE = "FileStore";
	static final String CHAT_STORE = "PersistentChatStore";
	static final String COMPLIANCE_STORE = "PersistentChatComplianceStore";

	/** The Persistent Chat pool: the documented assumption (docs/import.md) is PersistentChatService; Get-CsService's identities say PersistentChatServer. */
	private static final Set<String> CHAT_POOL = Set.of("persistentchatservice", "persistentchatserver");

	/** Roles a Front End pool or Standard Edition server runs besides UserServices and Registrar. */
	private static final Set<String> FRONT_END_PARTS = Set.of("webservices", "confservices", "applicationserver",
			"centralmgmt");

	/** Other roles the language has no element for, each a comment naming the pool and its machines. */
	private static final Map<String, String> OTHER = Map.ofEntries(
			Map.entry("edgeserver", "Edge pool"),
			Map.entry("mediationserver", "Mediation pool"),
			Map.entry("wacservice", "Office Web Apps Server farm"),
			Map.entry("pstngateway", "PSTN gateway"),
			Map.entry("archivingserver", "Archiving Server"),
			Map.entry("monitoringserver", "Monitoring Server"),
			Map.entry("externalserver", "trusted application pool"),
			Map.entry("trustedapplicationpool", "trusted application pool"),
			Map.entry("videointeropserver", "Video Interop Server pool"),
			Map.entry("videogateway", "video gateway"),
			Map.entry("persistentchatwebmanager", "Persistent Chat web manager"));

	/** Databases on SQL instances that the language does not model: named in a comment above the instance. */
	private static final Set<String> OTHER_STORES = Set.of("archivingstore", "monitoringstore", "applicationstore",
			"centralmgmtstore", "abstore", "sharedstore");

	private Roles() {
	}

	static boolean is(RawTopology.Service service, String role) {
		return service.role().equalsIgnoreCase(role);
	}

	static boolean isChatPool(String role) {
		return CHAT_POOL.contains(lower(role));
	}

	static boolean isFrontEndPart(String role) {
		return FRONT_END_PARTS.contains(lower(role));
	}

	/** What the language calls a role it has no element for, or null when pcchat does not know the role. */
	static String otherRole(String role) {
		return OTHER.get(lower(role));
	}

	static boolean isOtherStore(String role) {
		return OTHER_STORES.contains(lower(role));
	}

	/** Roles whose meaning pcchat knows, modelled or not. */
	static boolean isKnown(String role) {
		String lower = lower(role);
		return isChatPool(role) || isFrontEndPart(role) || OTHER.containsKey(lower) || OTHER_STORES.contains(lower)
				|| Set.of("userservices", "registrar", "userstore", "filestore", "persistentchatstore",
						"persistentchatcompliancestore").contains(lower);
	}

	private static String lower(String role) {
		return role == null ? "" : role.toLowerCase(Locale.ROOT);
	}

	/** How a Dependency's Usage relates a store to another: a witness, a mirror, a backup, or the plain use. */
	enum Usage {
		DEFAULT, MIRROR, BACKUP, WITNESS, UNKNOWN;

		static Usage of(String usage) {
			String lower = lower(usage);
			if (lower.isEmpty() || lower.equals("default")) {
				return DEFAULT;
			}
			// "MirrorWitness" names a witness: test it first
			return lower.contains("witness") ? WITNESS : lower.contains("backup") ? BACKUP
					: lower.contains("mirror") ? MIRROR : UNKNOWN;
		}
	}
}
