package org.pcchat.dsl.conversion;

import java.math.BigDecimal;

import org.eclipse.xtext.common.services.DefaultTerminalConverters;
import org.eclipse.xtext.conversion.IValueConverter;
import org.eclipse.xtext.conversion.ValueConverter;
import org.eclipse.xtext.conversion.ValueConverterException;
import org.eclipse.xtext.conversion.impl.AbstractNullSafeConverter;
import org.eclipse.xtext.nodemodel.INode;

import com.google.inject.Inject;

/** Converters for the language's data types: FQDN strings, file share paths and decimals. */
public class PctopoValueConverters extends DefaultTerminalConverters {

	@Inject
	private FqdnConverter fqdnConverter;

	@Inject
	private PathConverter pathConverter;

	private final IValueConverter<BigDecimal> decimalConverter = new DecimalConverter();

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
}
