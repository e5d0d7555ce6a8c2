package org.pcchat.dsl.conversion;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.conversion.impl.IDValueConverter;
import org.eclipse.xtext.nodemodel.INode;
import org.pcchat.dsl.model.Values;

import com.google.inject.Inject;

/**
 * Converters for the language's data types: names, qualified names, strings (FQDNs, paths), decimals,
 * service packs and numbers written with their unit joined (64GB, 2.26GHz).
 */
public class PctopoValueConverters extends DefaultTerminalConverters {

	@Inject
	private FqdnConverter fqdnConverter;

	@Inject
	private PathConverter pathConverter;

	@Inject
	private QuotedStringConverter stringConverter;

	@Inject
	private WordConverter wordConverter;

	private final IValueConverter<BigDecimal> decimalConverter = new DecimalConverter();
	private final NameConverter nameConverter = new NameConverter();

	/** A word: a value (SQL2012, MSMQ...) or a data center. Values spelt canonically share one string. */
	@Override
	@ValueConverter(rule = "ID")
	public IValueConverter<String> ID() {
		return wordConverter;
	}

	@Override
	@ValueConverter(rule = "STRING")
	public IValueConverter<String> STRING() {
		return stringConverter;
	}

	@ValueConverter(rule = "Name")
	public IValueConverter<String> Name() {
		return nameConverter;
	}

	@ValueConverter(rule = "QualifiedName")
	public IValueConverter<String> QualifiedName() {
		return nameConverter;
	}

	@ValueConverter(rule = "Fqdn")
	public IValueConverter<String> Fqdn() {
		return fqdnConverter;
	}

	@ValueConverter(rule = "Path")
	public IValueConverter<String> Path() {
		return pathConverter;
	}

	@ValueConverter(rule = "Decimal")
	public IValueConverter<BigDecimal> Decimal() {
		return decimalConverter;
	}

	@ValueConverter(rule = "SERVICE_PACK")
	public IValueConverter<Integer> SERVICE_PACK() {
		return new JoinedUnitConverter<>("sp", "a service pack, e.g. sp1 or sp 1", true, Integer::valueOf);
	}

	@ValueConverter(rule = "JoinedGigahertz")
	public IValueConverter<BigDecimal> JoinedGigahertz() {
		return new JoinedUnitConverter<>("GHz", "a clock speed in GHz, e.g. 2.26 GHz", false, BigDecimal::new);
	}

	@ValueConverter(rule = "JoinedGigabytes")
	public IValueConverter<Integer> JoinedGigabytes() {
		return new JoinedUnitConverter<>("GB", "memory in GB, e.g. 64 GB", false, Integer::valueOf);
	}

	@ValueConverter(rule = "JoinedGigabits")
	public IValueConverter<Integer> JoinedGigabits() {
		return new JoinedUnitConverter<>("Gbps", "a network speed in Gbps, e.g. 10 Gbps", false, Integer::valueOf);
	}

	/** A value or data center written as a word; ^ escapes a keyword. */
	public static class WordConverter extends IDValueConverter {

		@Override
		public String toValue(String string, INode node) {
			return Values.intern(super.toValue(string, node));
		}
	}

	/**
	 * A name or MACHINE.INSTANCE: each part's ^ escape dropped. Keywords are names where one is expected,
	 * so none needs an escape when written.
	 */
	static class NameConverter extends AbstractNullSafeConverter<String> {

		@Override
		protected String internalToValue(String string, INode node) {
			return string.indexOf('^') < 0 ? string : string.replace("^", "");
		}

		@Override
		protected String internalToString(String value) {
			return value;
		}
	}

	/** A decimal written as digits with an optional fraction: {@code 2.26}, {@code 3}. */
	static class DecimalConverter extends AbstractNullSafeConverter<BigDecimal> {

		@Override
		protected BigDecimal internalToValue(String string, INode node) {
			String text = string.replaceAll("\\s", "");
			try {
				return new BigDecimal(text);
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + text + "' is not a decimal number", node, e);
			}
		}

		@Override
		protected String internalToString(BigDecimal value) {
			if (value.signum() < 0) {
				throw new ValueConverterException("negative decimals cannot be written", null, null);
			}
			return value.toPlainString();
		}
	}

	/**
	 * A number with its unit in one word, in any case: {@code 64GB}, {@code 2.26GHz}, or the unit first,
	 * as a service pack is written ({@code sp1}). What else the word holds is one clear syntax error.
	 */
	static final class JoinedUnitConverter<T extends Comparable<T>> extends AbstractNullSafeConverter<T> {

		private final String unit;
		private final String expected;
		private final boolean unitFirst;
		private final java.util.function.Function<String, T> parse;
		private final Pattern pattern;

		JoinedUnitConverter(String unit, String expected, boolean unitFirst, java.util.function.Function<String, T> parse) {
			this.unit = unit;
			this.expected = expected;
			this.unitFirst = unitFirst;
			this.parse = parse;
			String number = unitFirst ? "(\\d+)" : "(\\d+(?:\\.\\d+)?)";
			this.pattern = Pattern.compile(unitFirst ? "(?i)" + Pattern.quote(unit) + number
					: number + "(?i)" + Pattern.quote(unit));
		}

		@Override
		protected T internalToValue(String string, INode node) {
			Matcher matcher = pattern.matcher(string.replaceAll("\\s", ""));
			if (!matcher.matches()) {
				throw new ValueConverterException("'" + string + "' is not " + expected, node, null);
			}
			try {
				return parse.apply(matcher.group(1));
			} catch (NumberFormatException e) {
				throw new ValueConverterException("'" + string + "' is not " + expected, node, e);
			}
		}

		@Override
		protected String internalToString(T value) {
			String number = value instanceof BigDecimal decimal ? decimal.toPlainString() : value.toString();
			return unitFirst ? unit.toLowerCase(Locale.ROOT) + number : number + unit;
		}
	}
}
