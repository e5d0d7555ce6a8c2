package org.pcchat.dsl.ui.reconciling;

import java.util.List;

import org.eclipse.xtext.util.CancelIndicator;
import org.eclipse.xtext.validation.CheckMode;
import org.eclipse.xtext.validation.IResourceValidator;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.ui.model.TopologySnapshot;

import com.google.inject.Inject;

/** The language's own validator on a snapshot: syntax, links and the rules of the catalogue. */
final class TopologyValidation {

	@Inject
	private IResourceValidator validator;

	/** What is checked after every pause in typing. */
	List<Issue> fastAndNormal(TopologySnapshot snapshot, CancelIndicator cancel) {
		return validate(snapshot, CheckMode.NORMAL_AND_FAST, cancel);
	}

	/** The checks that only run when the file is opened or saved. */
	List<Issue> expensive(TopologySnapshot snapshot, CancelIndicator cancel) {
		return validate(snapshot, CheckMode.EXPENSIVE_ONLY, cancel);
	}

	private List<Issue> validate(TopologySnapshot snapshot, CheckMode mode, CancelIndicator cancel) {
		List<Issue> issues = snapshot.read(resource -> validator.validate(resource, mode, cancel));
		return issues == null ? List.of() : issues;
	}
}
