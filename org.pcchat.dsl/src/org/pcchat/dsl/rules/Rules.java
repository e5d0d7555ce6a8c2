package org.pcchat.dsl.rules;

/**
 * The rule IDs of docs/rules.md. Each diagnostic carries one as its issue code; the rule
 * catalogue ({@code rules.properties}, read by {@link RuleCatalogue}) describes each one once.
 */
public final class Rules {

	// Syntax, references, names, addresses and values
	public static final String SYNTAX_ERROR = "PC001";
	public static final String UNRESOLVED_REFERENCE = "PC002";
	public static final String DUPLICATE_NAME = "PC003";
	public static final String DUPLICATE_FQDN = "PC004";
	public static final String INVALID_FQDN = "PC005";
	public static final String UNKNOWN_VALUE = "PC006";

	// Front End and routing
	public static final String NO_FRONT_END = "PC101";
	public static final String NO_NEXT_HOP = "PC102";
	public static final String TIME_ZONE_MISMATCH = "PC103";

	// Persistent Chat pools and servers
	public static final String NO_MSMQ = "PC201";
	public static final String TOO_MANY_ACTIVE_SERVERS = "PC202";
	public static final String TOO_MANY_SERVERS = "PC203";
	public static final String NO_ACTIVE_SERVER = "PC204";
	public static final String SINGLE_POOL_WITH_SERVERS = "PC205";
	public static final String POOL_FQDN_MISMATCH = "PC206";
	public static final String COLLOCATED_ON_NON_STANDARD = "PC207";
	public static final String COLLOCATED_EVALUATION_ONLY = "PC208";
	public static final String POOL_USERS_OVER_CAPACITY = "PC209";
	public static final String DEPLOYMENT_USERS_OVER_CAPACITY = "PC210";
	public static final String NO_FILE_STORE = "PC211";
	public static final String FILE_STORE_NOT_UNC = "PC212";
	public static final String FILE_SHARE_ON_FRONT_END = "PC213";
	public static final String PORT_OUT_OF_RANGE = "PC214";
	public static final String PORT_IN_USE = "PC215";
	public static final String STANDBY_WITHOUT_BACKUP = "PC216";
	public static final String BACKUP_ON_SINGLE_POOL = "PC217";
	public static final String RECOVERY_ON_COLLOCATED_POOL = "PC218";
	public static final String BACKUP_NOT_SEPARATE = "PC220";

	// Databases
	public static final String SQL_VERSION_UNSUPPORTED = "PC301";
	public static final String SQL_EDITION_UNSUPPORTED = "PC302";
	public static final String SQL_32_BIT = "PC303";
	public static final String DATABASE_INSTANCE_SHARED = "PC304";
	public static final String BACKEND_SERVER_SHARED = "PC305";
	public static final String STORE_ON_BACKEND = "PC306";
	public static final String DATABASE_ON_ALWAYS_ON = "PC307";
	public static final String DATABASE_SERVER_HARDWARE = "PC308";
	public static final String BACKUP_SAME_AS_STORE = "PC309";
	public static final String SQL2019_NOT_LISTED = "PC310";
	public static final String CUMULATIVE_UPDATE_REQUIRED = "PC311";
	public static final String MIRROR_SAME_AS_BACKUP = "PC314";
	public static final String ALWAYS_ON_UNSUPPORTED = "PC315";
	public static final String DATABASE_ON_LOCAL_INSTANCE = "PC316";
	public static final String WITNESS_MISPLACED = "PC317";
	public static final String MIRROR_ON_PRIMARY_SERVER = "PC318";

	// Operating systems and prerequisites
	public static final String OS_UNSUPPORTED = "PC401";
	public static final String OS_EDITION_UNSUPPORTED = "PC402";
	public static final String PREREQUISITES_MISSING = "PC403";
	public static final String HOTFIX_MISSING = "PC404";

	// Hardware
	public static final String HARDWARE_BELOW_RECOMMENDED = "PC501";
	public static final String MULTI_HOMED = "PC502";
	public static final String ARCHITECTURE_NOT_X64 = "PC503";

	// Certificates
	public static final String NO_CERTIFICATE = "PC601";
	public static final String CERTIFICATE_ISSUER = "PC602";
	public static final String CERTIFICATE_WILDCARD = "PC603";
	public static final String CERTIFICATE_NAMES = "PC604";
	public static final String CERTIFICATE_KEY_SIZE = "PC605";

	// pcchat's own configuration and suppression comments (tool rules, not about the topology)
	public static final String INVALID_CONFIGURATION = "PC901";
	public static final String SUPPRESSION_WITHOUT_REASON = "PC902";
	public static final String UNUSED_SUPPRESSION = "PC903";
	public static final String INVALID_SUPPRESSION = "PC904";

	private Rules() {
	}
}
