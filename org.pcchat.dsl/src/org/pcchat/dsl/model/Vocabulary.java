package org.pcchat.dsl.model;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.util.Enumerator;

/**
 * The values one kind of attribute may hold (SQL Server versions, editions...), read as users write
 * them: case-insensitively ({@code edition enterprise} is {@code Enterprise}). A word it does not know
 * is an unknown value: rule PC006 reports it, and no other rule judges the attribute.
 */
public final class Vocabulary<E extends Enum<E> & Enumerator> {

	private final String noun;
	private final List<E> values;
	private final Map<String, E> byKey = new HashMap<>();

	private Vocabulary(Class<E> type, String noun) {
		this.noun = noun;
		this.values = List.of(type.getEnumConstants());
		for (E value : values) {
			byKey.put(key(value.getLiteral()), value);
		}
	}

	public static <E extends Enum<E> & Enumerator> Vocabulary<E> of(Class<E> type, String noun) {
		return new Vocabulary<>(type, noun);
	}

	/** The value {@code written} denotes; empty when it is absent (null) or unknown. */
	public Optional<E> find(String written) {
		return written == null ? Optional.empty() : Optional.ofNullable(byKey.get(key(written)));
	}

	/** Whether {@code written} is one of the values, in any case. */
	public boolean knows(String written) {
		return find(written).isPresent();
	}

	/** What the values are, in a message: "SQL Server version". */
	public String noun() {
		return noun;
	}

	public List<E> values() {
		return values;
	}

	/** The canonical spellings, in the enum's order. */
	public List<String> literals() {
		return values.stream().map(Enumerator::getLiteral).toList();
	}

	/** The canonical spelling of {@code written}, or null when it is unknown. */
	public String canonical(String written) {
		return find(written).map(Enumerator::getLiteral).orElse(null);
	}

	/**
	 * The known values closest to {@code written}, at most three in the vocabulary's order: of those within
	 * a few edits of it (ignoring case) or containing it or contained in it, the ones fewest edits away
	 * and, among those, sharing the most of its start and end. A typo ({@code Datacentre}) gets its
	 * value, a made-up version ({@code SQL2012R2}) the two it mixes up.
	 * Empty when nothing is close.
	 */
	public List<String> closest(String written) {
		return closest(written, literals());
	}

	static List<String> closest(String written, List<String> literals) {
		String typed = key(written);
		int tolerance = Math.max(2, typed.length() / 3);
		List<String> near = new java.util.ArrayList<>();
		java.util.Map<String, Integer> distances = new HashMap<>();
		for (String literal : literals) {
			String known = key(literal);
			int distance = Edits.between(typed, known);
			if (distance <= tolerance || typed.length() >= 3 && (known.contains(typed) || typed.contains(known))) {
				near.add(literal);
				distances.put(literal, distance);
			}
		}
		int best = near.stream().mapToInt(distances::get).min().orElse(0);
		List<String> fewestEdits = near.stream().filter(literal -> distances.get(literal) == best).toList();
		// of those, the ones sharing the longest start and end with it: SQL2012R2 is SQL2012 or SQL2008R2
		int most = fewestEdits.stream().mapToInt(literal -> Edits.shared(typed, key(literal))).max().orElse(0);
		return fewestEdits.stream().filter(literal -> Edits.shared(typed, key(literal)) == most).limit(3).toList();
	}

	static String key(String written) {
		return written.toLowerCase(Locale.ROOT);
	}

	@Override
	public String toString() {
		return noun + Arrays.toString(values.toArray());
	}
}
