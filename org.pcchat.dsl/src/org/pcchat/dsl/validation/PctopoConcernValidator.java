package org.pcchat.dsl.validation;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.pcchat.dsl.pctopo.PctopoPackage;

import com.google.inject.Inject;

import java.util.List;

/**
 * Base of the checks of one concern (names, front end, pools, databases, ...). Subclasses are
 * composed into {@link PctopoValidator}; every diagnostic goes through {@link #report} so that it
 * carries its rule ID and the rule's severity from the catalogue.
 */
public abstract class PctopoConcernValidator extends AbstractDeclarativeValidator {

	@Inject
	private RuleCatalogue catalogue;

	@Override
	protected List<EPackage> getEPackages() {
		return List.of(PctopoPackage.eINSTANCE);
	}

	@Override
	public void register(EValidatorRegistrar registrar) {
		// Composed into PctopoValidator, which is the one registered.
	}

	/** Reports rule {@code ruleId} on {@code feature} of {@code source} (the whole element when null). */
	protected void report(String ruleId, String message, EObject source, EStructuralFeature feature,
			String... data) {
		reportAt(ruleId, message, source, feature, INSIGNIFICANT_INDEX, data);
	}

	/** Reports on the feature value at {@code index} of a many-valued feature. */
	protected void reportAt(String ruleId, String message, EObject source, EStructuralFeature feature,
			int index, String... data) {
		reportAs(catalogue.get(ruleId).defaultSeverity(), ruleId, message, source, feature, index, data);
	}

	/**
	 * Reports with a severity other than the catalogue's default, for rules with two levels (PC605:
	 * an error below 1024 bits, a warning below 2048).
	 */
	protected void reportAs(Severity severity, String ruleId, String message, EObject source,
			EStructuralFeature feature, int index, String... data) {
		String text = message + " [" + ruleId + "]";
		switch (severity) {
			case ERROR -> getMessageAcceptor().acceptError(text, source, feature, index, ruleId, data);
			case WARNING -> getMessageAcceptor().acceptWarning(text, source, feature, index, ruleId, data);
			case INFO -> getMessageAcceptor().acceptInfo(text, source, feature, index, ruleId, data);
		}
	}

	/** The {@code name} feature of any named element. */
	protected static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}
}
