package org.pcchat.dsl.validation;

import java.util.List;
import java.util.Map;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.xtext.diagnostics.Severity;
import org.eclipse.xtext.validation.AbstractDeclarativeValidator;
import org.eclipse.xtext.validation.EValidatorRegistrar;
import org.pcchat.dsl.pctopo.PctopoPackage;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;
import org.pcchat.dsl.rules.config.RuleConfigurations;
import org.pcchat.dsl.rules.suppression.SuppressionComments;

import com.google.inject.Inject;

/**
 * Base of the checks of one concern (names, front end, pools, databases, ...). Subclasses are
 * composed into {@link PctopoValidator}; every diagnostic goes through {@link #report} so that it
 * carries its rule ID as its issue code, the rule's severity from the catalogue or from
 * {@code pcchat.json}, and honours {@code // pcchat-ignore} comments, in every front end alike. The
 * message is the sentence alone: each front end shows the rule ID its own way.
 */
public abstract class PctopoConcernValidator extends AbstractDeclarativeValidator {

	@Inject
	private RuleCatalogue catalogue;

	@Inject
	private RuleConfigurations configurations;

	@Inject
	private SuppressionComments suppressionComments;

	@Inject
	private UnreadText unreadText;

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
	 * an error below 1024 bits, a warning below 2048). A level set in pcchat.json replaces both.
	 */
	protected void reportAs(Severity severity, String ruleId, String message, EObject source,
			EStructuralFeature feature, int index, String... data) {
		Rule rule = catalogue.get(ruleId);
		if (rule.isSuppressible() && unreadText.hides(ruleId, source, feature)) {
			return; // the element's text was not read whole: what it lacks may be in the unread part
		}
		ValidationRun run = run(source);
		if (run.suppresses(ruleId, source, feature)) {
			return;
		}
		Severity configured = run.configuration().severity(rule, severity);
		if (configured == Severity.ERROR) {
			getMessageAcceptor().acceptError(message, source, feature, index, ruleId, data);
		} else if (configured == Severity.WARNING) {
			getMessageAcceptor().acceptWarning(message, source, feature, index, ruleId, data);
		} else if (configured == Severity.INFO) {
			getMessageAcceptor().acceptInfo(message, source, feature, index, ruleId, data);
		} // null: "off" in pcchat.json
	}

	/**
	 * Reports a tool rule on a range of the text (a comment) of {@code source}'s resource: its level
	 * may be configured, but comments cannot suppress it.
	 */
	protected void reportRange(String ruleId, String message, EObject source, int offset, int length,
			String... data) {
		Rule rule = catalogue.get(ruleId);
		Severity configured = run(source).configuration().severity(rule, rule.defaultSeverity());
		if (configured == Severity.ERROR) {
			getMessageAcceptor().acceptError(message, source, offset, length, ruleId, data);
		} else if (configured == Severity.WARNING) {
			getMessageAcceptor().acceptWarning(message, source, offset, length, ruleId, data);
		} else if (configured == Severity.INFO) {
			getMessageAcceptor().acceptInfo(message, source, offset, length, ruleId, data);
		}
	}

	/** The state this validation run shares between checks, created by the first one that asks. */
	protected ValidationRun run(EObject element) {
		Map<Object, Object> context = getContext();
		if (context == null) {
			return newRun(element);
		}
		return (ValidationRun) context.computeIfAbsent(ValidationRun.class, key -> newRun(element));
	}

	private ValidationRun newRun(EObject element) {
		return new ValidationRun(configurations.forResource(element.eResource()),
				suppressionComments.of(element.eResource()));
	}

	/** The {@code name} feature of any named element. */
	protected static EStructuralFeature nameFeature(EObject element) {
		return element.eClass().getEStructuralFeature("name");
	}
}
