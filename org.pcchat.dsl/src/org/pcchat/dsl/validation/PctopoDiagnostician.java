package org.pcchat.dsl.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.xtext.validation.CancelableDiagnostician;
import org.pcchat.dsl.pctopo.Topology;

import com.google.inject.Inject;

/**
 * Xtext's diagnostician, plus one step after a whole topology was validated: the checks that judge
 * the run itself ({@link UnusedSuppressionValidator}). Every front end validates through
 * IResourceValidator, which uses this diagnostician, so all of them get that step.
 */
public class PctopoDiagnostician extends CancelableDiagnostician {

	@Inject
	private UnusedSuppressionValidator afterEverything;

	@Inject
	public PctopoDiagnostician(EValidator.Registry registry) {
		super(registry);
	}

	@Override
	public boolean validate(EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eObject, diagnostics, context);
		if (eObject instanceof Topology && eObject.eContainer() == null && diagnostics != null) {
			checkCanceled(context);
			valid &= afterEverything.validate(eObject, diagnostics, context);
		}
		return valid;
	}
}
