package org.pcchat.dsl.model;

import org.eclipse.emf.common.util.Enumerator;

/**
 * A value the language knows, written as a word ({@link #getLiteral()}, its canonical spelling). The
 * value enums implement EMF's {@link Enumerator}, as the generated enums they replace did; name and
 * value follow from the literal and the constant's position.
 */
public interface Word extends Enumerator {

	@Override
	default String getName() {
		return getLiteral();
	}

	@Override
	default int getValue() {
		return ((Enum<?>) this).ordinal();
	}
}
