package org.pcchat.dsl.cli;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * The largest file pcchat reads, in bytes. Written as a number of bytes, optionally followed by a
 * unit: {@code k}, {@code M} or {@code G} (with or without {@code B} or {@code iB}, in any case),
 * each 1,024 times the one before, as file sizes are counted: {@code 512k}, {@code 10MB},
 * {@code 2GiB}, {@code 65536}.
 */
record SizeLimit(long bytes) {

	private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(?:([kmg])(?:i?b)?|(b))?", Pattern.CASE_INSENSITIVE);
	private static final String UNITS = "kmg";

	static SizeLimit parse(String text) {
		Matcher matcher = SIZE.matcher(text.strip());
		if (!matcher.matches()) {
			throw new IllegalArgumentException("'" + text + "' is not a size; write bytes, or a number with k, M or G, "
					+ "e.g. 512k or 100MB");
		}
		long number;
		try {
			number = Long.parseLong(matcher.group(1));
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException("'" + text + "' is too large a size");
		}
		int power = matcher.group(2) == null ? 0 : UNITS.indexOf(matcher.group(2).toLowerCase(Locale.ROOT)) + 1;
		long bytes = number;
		for (int i = 0; i < power; i++) {
			bytes = Math.multiplyExact(bytes, 1024L);
		}
		if (bytes <= 0) {
			throw new IllegalArgumentException("'" + text + "': the size must be at least one byte");
		}
		return new SizeLimit(bytes);
	}

	/** The size as a person reads it: 100 MB, 512 kB, 1.5 GB, 700 bytes (units of 1,024). */
	static String describe(long bytes) {
		if (bytes < 1024) {
			return bytes + (bytes == 1 ? " byte" : " bytes");
		}
		double value = bytes;
		int unit = -1;
		while (value >= 1024 && unit < UNITS.length() - 1) {
			value /= 1024;
			unit++;
		}
		String name = unit == 0 ? "kB" : Character.toUpperCase(UNITS.charAt(unit)) + "B";
		String number = value == Math.rint(value) ? String.valueOf((long) value)
				: String.format(Locale.ROOT, "%.1f", value);
		return number + " " + name;
	}

	@Override
	public String toString() {
		return describe(bytes);
	}

	/** picocli's way in: the option's text to a limit, or a usage error saying what a size looks like. */
	static final class Converter implements ITypeConverter<SizeLimit> {
		@Override
		public SizeLimit convert(String value) {
			try {
				return parse(value);
			} catch (IllegalArgumentException | ArithmeticException e) {
				throw new TypeConversionException(e instanceof ArithmeticException ? "'" + value + "' is too large a size"
						: e.getMessage());
			}
		}
	}
}
