package org.pcchat.dsl.validation;

import org.eclipse.xtext.validation.ComposedChecks;

/**
 * The language's validator: the checks of each concern live in their own class, composed here.
 * Every rule is in {@link org.pcchat.dsl.rules.RuleCatalogue}.
 */
@ComposedChecks(validators = {
		NamesValidator.class,
		ValuesValidator.class,
		FrontEndValidator.class,
		PoolValidator.class,
		DatabaseValidator.class,
		RecoveryValidator.class,
		OperatingSystemValidator.class,
		HardwareValidator.class,
		CertificateValidator.class,
		ConfigurationValidator.class,
		SuppressionValidator.class,
		UnknownTextValidator.class })
public class PctopoValidator extends AbstractPctopoValidator {
}
