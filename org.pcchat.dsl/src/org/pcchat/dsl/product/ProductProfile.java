package org.pcchat.dsl.product;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Enumerator;
import org.pcchat.dsl.model.OsVersion;
import org.pcchat.dsl.model.ProductKind;
import org.pcchat.dsl.model.SqlVersion;

/**
 * What one product supports
 * (https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-database-software-support,
 * https://learn.microsoft.com/en-us/previous-versions/office/lync-server-2013/lync-server-2013-server-and-tools-operating-system-support,
 * https://learn.microsoft.com/en-us/skypeforbusiness/plan-your-deployment/requirements-for-your-environment/server-requirements):
 * SQL Server versions for its databases and
 * Windows Server versions for its own servers, each with its {@link Support} conditions, whether
 * its databases may be in AlwaysOn availability groups, and the Windows updates its servers need
 * per Windows Server version. A version that is not listed is not supported. Checks ask the
 * profile; they never name a product.
 */
public record ProductProfile(ProductKind product, String displayName, Map<SqlVersion, Support> sqlVersions,
		Map<OsVersion, Support> operatingSystems, boolean alwaysOn, Map<OsVersion, String> hotfixes) {

	public ProductProfile {
		sqlVersions = Collections.unmodifiableMap(copy(SqlVersion.class, sqlVersions));
		operatingSystems = Collections.unmodifiableMap(copy(OsVersion.class, operatingSystems));
		hotfixes = Collections.unmodifiableMap(hotfixes.isEmpty() ? Map.of() : new EnumMap<>(hotfixes));
	}

	public static Builder of(ProductKind product, String displayName) {
		return new Builder(product, displayName);
	}

	public Optional<Support> sql(SqlVersion version) {
		return Optional.ofNullable(sqlVersions.get(version));
	}

	public Optional<Support> os(OsVersion version) {
		return Optional.ofNullable(operatingSystems.get(version));
	}

	/** The Windows update (KB article ID) the product's servers need on {@code version}; empty when none. */
	public Optional<String> hotfix(OsVersion version) {
		return Optional.ofNullable(hotfixes.get(version));
	}

	/** The supported SQL versions as written in a topology, oldest first. */
	public List<String> sqlLiterals() {
		return literals(sqlVersions);
	}

	/** The supported operating systems as written in a topology, oldest first. */
	public List<String> osLiterals() {
		return literals(operatingSystems);
	}

	/** The supported SQL versions with their conditions, for messages. */
	public String describeSqlChoices() {
		return choices(sqlVersions);
	}

	/** The supported operating systems with their conditions, for messages. */
	public String describeOsChoices() {
		return choices(operatingSystems);
	}

	private static <K extends Enum<K>> Map<K, Support> copy(Class<K> type, Map<K, Support> versions) {
		Map<K, Support> result = new EnumMap<>(type); // iterates oldest version first
		result.putAll(versions);
		return result;
	}

	private static List<String> literals(Map<? extends Enumerator, Support> versions) {
		return versions.keySet().stream().map(Enumerator::getLiteral).toList();
	}

	private static String choices(Map<? extends Enumerator, Support> versions) {
		return versions.entrySet().stream().map(e -> e.getValue().describeChoice(e.getKey().getLiteral()))
				.collect(Collectors.joining(", "));
	}

	/** Lists a product's supported versions one by one, as the profile table reads. */
	public static final class Builder {

		private final ProductKind product;
		private final String displayName;
		private final Map<SqlVersion, Support> sqlVersions = new EnumMap<>(SqlVersion.class);
		private final Map<OsVersion, Support> operatingSystems = new EnumMap<>(OsVersion.class);
		private final Map<OsVersion, String> hotfixes = new EnumMap<>(OsVersion.class);
		private boolean alwaysOn;

		private Builder(ProductKind product, String displayName) {
			this.product = product;
			this.displayName = displayName;
		}

		public Builder sql(SqlVersion version) {
			return sql(version, Support.PLAIN);
		}

		public Builder sql(SqlVersion version, Support support) {
			sqlVersions.put(version, support);
			return this;
		}

		public Builder os(OsVersion version) {
			return os(version, Support.PLAIN);
		}

		public Builder os(OsVersion version, Support support) {
			operatingSystems.put(version, support);
			return this;
		}

		/** The product's databases may be in AlwaysOn availability groups (its Persistent Chat databases never). */
		public Builder alwaysOn() {
			alwaysOn = true;
			return this;
		}

		/** The product's servers need the Windows update {@code kb} on {@code version}. */
		public Builder hotfix(OsVersion version, String kb) {
			hotfixes.put(version, kb);
			return this;
		}

		public ProductProfile build() {
			return new ProductProfile(product, displayName, sqlVersions, operatingSystems, alwaysOn, hotfixes);
		}
	}
}
