package org.pcchat.dsl.model;

import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.HARDWARE__ARCH;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.INSTALLED__ITEMS;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.OPERATING_SYSTEM__VERSION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.PRODUCT__KIND;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SERVER__STATE;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__EDITION;
import static org.pcchat.dsl.pctopo.PctopoPackage.Literals.SQL_INSTALLATION__VERSION;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.pcchat.dsl.pctopo.Hardware;
import org.pcchat.dsl.pctopo.Installed;
import org.pcchat.dsl.pctopo.OperatingSystem;
import org.pcchat.dsl.pctopo.Product;
import org.pcchat.dsl.pctopo.Server;
import org.pcchat.dsl.pctopo.SqlInstallation;
import org.pcchat.dsl.pctopo.Topology;

/**
 * What the model says about an attribute, the one way every check, the checklist and the editors ask:
 * <ul>
 * <li><b>written</b>: {@code element.eIsSet(feature)}. Absent attributes are null (numbers are
 * {@code Integer} objects, values the words written), flags are true only when written, so EMF's own
 * answer is the text's (see {@link #isWritten}).</li>
 * <li><b>known</b>: a written value the language knows, read case-insensitively by the attribute's
 * {@link Vocabulary}: the typed accessors below ({@link #sqlVersion}...) answer it, empty for a value
 * that is absent or unknown.</li>
 * <li><b>unknown</b>: written, but not a value the language knows ({@code SQL2012R2}): rule PC006
 * reports it, and as the accessors answer empty, no other rule judges it.</li>
 * </ul>
 */
public final class Values {

	public static final Vocabulary<ProductKind> PRODUCTS = Vocabulary.of(ProductKind.class, "product");
	public static final Vocabulary<SqlVersion> SQL_VERSIONS = Vocabulary.of(SqlVersion.class, "SQL Server version");
	public static final Vocabulary<SqlEdition> SQL_EDITIONS = Vocabulary.of(SqlEdition.class, "SQL Server edition");
	public static final Vocabulary<OsVersion> OS_VERSIONS = Vocabulary.of(OsVersion.class, "Windows Server version");
	public static final Vocabulary<OsEdition> OS_EDITIONS = Vocabulary.of(OsEdition.class, "Windows Server edition");
	public static final Vocabulary<Architecture> ARCHITECTURES = Vocabulary.of(Architecture.class,
			"processor architecture");
	public static final Vocabulary<ServerState> SERVER_STATES = Vocabulary.of(ServerState.class, "server state");
	/** The items of an {@code installed} list, which may also be hotfixes ({@link Hotfixes}). */
	public static final Vocabulary<Prerequisite> PREREQUISITES = Vocabulary.of(Prerequisite.class, "prerequisite");

	/** Every attribute that holds a value, with the values it may hold. */
	private static final Map<EAttribute, Vocabulary<?>> VOCABULARIES = new LinkedHashMap<>();
	static {
		VOCABULARIES.put(PRODUCT__KIND, PRODUCTS);
		VOCABULARIES.put(SQL_INSTALLATION__VERSION, SQL_VERSIONS);
		VOCABULARIES.put(SQL_INSTALLATION__EDITION, SQL_EDITIONS);
		VOCABULARIES.put(OPERATING_SYSTEM__VERSION, OS_VERSIONS);
		VOCABULARIES.put(OPERATING_SYSTEM__EDITION, OS_EDITIONS);
		VOCABULARIES.put(HARDWARE__ARCH, ARCHITECTURES);
		VOCABULARIES.put(SERVER__STATE, SERVER_STATES);
		VOCABULARIES.put(INSTALLED__ITEMS, PREREQUISITES);
	}

	/** Every canonical spelling, to share one string among all the values written that way. */
	private static final Map<String, String> CANONICAL = new HashMap<>();
	static {
		VOCABULARIES.values().forEach(vocabulary -> vocabulary.literals().forEach(l -> CANONICAL.put(l, l)));
	}

	private Values() {
	}

	/** Whether {@code feature} of {@code element} is written in the text (or set in a model built in memory). */
	public static boolean isWritten(EObject element, EStructuralFeature feature) {
		return element != null && element.eIsSet(feature);
	}

	/** The attributes that hold values (versions, editions...), in the grammar's order. */
	public static Set<EAttribute> valueAttributes() {
		return VOCABULARIES.keySet();
	}

	/** The values {@code attribute} may hold; null for an attribute that holds no value (a name, a number). */
	public static Vocabulary<?> vocabularyOf(EStructuralFeature attribute) {
		return VOCABULARIES.get(attribute);
	}

	/** Whether {@code written}, a word of {@code attribute}, is a value the language knows. */
	public static boolean isKnown(EStructuralFeature attribute, String written) {
		Vocabulary<?> vocabulary = VOCABULARIES.get(attribute);
		return vocabulary != null && (vocabulary.knows(written)
				|| attribute == INSTALLED__ITEMS && Hotfixes.isHotfix(written));
	}

	/** The canonical spelling of a known value, as the formatter writes it; null for an unknown one. */
	public static String canonical(EStructuralFeature attribute, String written) {
		Vocabulary<?> vocabulary = VOCABULARIES.get(attribute);
		if (vocabulary == null) {
			return null;
		}
		String canonical = vocabulary.canonical(written);
		return canonical != null || attribute != INSTALLED__ITEMS ? canonical : Hotfixes.canonical(written);
	}

	/**
	 * The words of a value attribute that the language does not know, in the order written: one for a
	 * single-valued attribute, any of an {@code installed} list. Empty when all are known or none is written.
	 */
	public static List<String> unknownWords(EObject element, EAttribute attribute) {
		List<String> unknown = new ArrayList<>();
		if (VOCABULARIES.containsKey(attribute) && element.eIsSet(attribute)) {
			for (Object word : attribute.isMany() ? (List<?>) element.eGet(attribute) : List.of(element.eGet(attribute))) {
				if (word instanceof String text && !isKnown(attribute, text)) {
					unknown.add(text);
				}
			}
		}
		return unknown;
	}

	/** The same string for every value written in its canonical spelling: a large topology holds them once. */
	public static String intern(String word) {
		String canonical = CANONICAL.get(word);
		return canonical != null ? canonical : word;
	}

	/** The product of the topology; Lync Server 2013 when it names none; empty when it names an unknown one. */
	public static Optional<ProductKind> product(Topology topology) {
		Product product = topology == null ? null : topology.getProduct();
		if (product == null || product.getKind() == null) {
			return Optional.of(ProductKind.LYNC2013);
		}
		return PRODUCTS.find(product.getKind());
	}

	public static Optional<SqlVersion> sqlVersion(SqlInstallation sql) {
		return sql == null ? Optional.empty() : SQL_VERSIONS.find(sql.getVersion());
	}

	public static Optional<SqlEdition> sqlEdition(SqlInstallation sql) {
		return sql == null ? Optional.empty() : SQL_EDITIONS.find(sql.getEdition());
	}

	public static Optional<OsVersion> osVersion(OperatingSystem os) {
		return os == null ? Optional.empty() : OS_VERSIONS.find(os.getVersion());
	}

	public static Optional<OsEdition> osEdition(OperatingSystem os) {
		return os == null ? Optional.empty() : OS_EDITIONS.find(os.getEdition());
	}

	public static Optional<Architecture> architecture(Hardware hardware) {
		return hardware == null ? Optional.empty() : ARCHITECTURES.find(hardware.getArch());
	}

	/** A server's state: active when none is written (docs/LANGUAGE.md); empty when an unknown one is. */
	public static Optional<ServerState> state(Server server) {
		return server.getState() == null ? Optional.of(ServerState.ACTIVE) : SERVER_STATES.find(server.getState());
	}

	/** The prerequisites an {@code installed} list names (hotfixes and unknown items aside). */
	public static Set<Prerequisite> prerequisites(Installed installed) {
		Set<Prerequisite> result = EnumSet.noneOf(Prerequisite.class);
		if (installed != null) {
			installed.getItems().forEach(item -> PREREQUISITES.find(item).ifPresent(result::add));
		}
		return result;
	}

	/**
	 * The prerequisites an {@code installed} list names or may name: those it names, and those an unknown
	 * item is closest to ({@code WlF} may be WIF). A rule about a missing prerequisite asks this, so that a
	 * typo is one finding, PC006's, and not also "WIF is missing".
	 */
	public static Set<Prerequisite> prerequisitesPossiblyNamed(Installed installed) {
		Set<Prerequisite> result = prerequisites(installed);
		if (installed != null) {
			installed.getItems().stream().filter(item -> !isKnown(INSTALLED__ITEMS, item))
					.flatMap(item -> PREREQUISITES.closest(item).stream())
					.forEach(literal -> PREREQUISITES.find(literal).ifPresent(result::add));
		}
		return result;
	}

	/** The hotfixes an {@code installed} list names, canonically spelt ({@code KB2982006}). */
	public static List<String> hotfixes(Installed installed) {
		return installed == null ? List.of()
				: installed.getItems().stream().map(Hotfixes::canonical).filter(kb -> kb != null).toList();
	}

	/** A service pack level: 0 when none is written. */
	public static int servicePack(Integer written) {
		return written == null ? 0 : written;
	}
}
