package org.pcchat.dsl.validation;

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
 * What one product supports (DOMAIN.md 1.2 and 1.4): SQL Server versions for its databases and
 * Windows Server versions for its own servers, each with its {@link Support} conditions. A version
 * that is not listed is not supported. Checks ask the profile; they never name a product.
 */
public record ProductProfile(ProductKind product, String displayName, Map<SqlVersion, Support> sqlVersions,
		Map<OsVersion, Support> operatingSystems) {

	public ProductProfile {
		sqlVersions = Collections.unmodifiableMap(copy(SqlVersion.class, sqlVersions));
		operatingSystems = Collections.unmodifiableMap(copy(OsVersion.class, operatingSystems));
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

		public ProductProfile build() {
			return new ProductProfile(product, displayName, sqlVersions, operatingSystems);
		}
	}
}
