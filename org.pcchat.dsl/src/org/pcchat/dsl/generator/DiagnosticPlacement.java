package org.pcchat.dsl.generator;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.xtext.validation.Issue;
import org.pcchat.dsl.pctopo.Topology;
import org.pcchat.dsl.rules.Rule;
import org.pcchat.dsl.rules.RuleCatalogue;

/**
 * Flags items with the topology's diagnostics: a diagnostic goes to the first item of its element
 * that cites its rule, else to the element's first item, else to the nearest enclosing element's,
 * and at last to the topology's publishing item. Each diagnostic is flagged exactly once.
 */
final class DiagnosticPlacement {

	/** Document order, then rule and message, so that flags come out the same on every run. */
	static final Comparator<Issue> ORDER = Comparator
			.comparing((Issue issue) -> issue.getOffset() == null ? -1 : issue.getOffset())
			.thenComparing(issue -> String.valueOf(issue.getCode()))
			.thenComparing(issue -> String.valueOf(issue.getMessage()));

	private DiagnosticPlacement() {
	}

	static void place(List<ItemDraft> drafts, Topology topology, List<Issue> issues, RuleCatalogue catalogue) {
		if (drafts.isEmpty()) {
			return;
		}
		issues.stream().sorted(ORDER).forEach(issue -> {
			EObject element = elementOf(issue, topology);
			target(drafts, element, issue.getCode(), topology).flags.add(flag(issue, catalogue));
		});
	}

	static Flag flag(Issue issue, RuleCatalogue catalogue) {
		String rule = issue.getCode() == null ? "" : issue.getCode();
		Rule entry = catalogue.contains(rule) ? catalogue.get(rule) : null;
		String message = issue.getMessage() == null ? "" : issue.getMessage().strip();
		String severity = issue.getSeverity() == null ? "error" : issue.getSeverity().name().toLowerCase(Locale.ROOT);
		return new Flag(rule, entry == null ? "" : entry.title(), severity, message,
				issue.getLineNumber() == null ? 0 : issue.getLineNumber(), entry == null ? "" : entry.fix());
	}

	private static ItemDraft target(List<ItemDraft> drafts, EObject element, String rule, Topology topology) {
		for (EObject owner = element; owner != null; owner = owner.eContainer()) {
			ItemDraft found = firstOwnedBy(drafts, owner, rule);
			if (found != null) {
				return found;
			}
		}
		ItemDraft publishing = firstOwnedBy(drafts, topology, rule);
		return publishing != null ? publishing : drafts.get(0);
	}

	private static ItemDraft firstOwnedBy(List<ItemDraft> drafts, EObject owner, String rule) {
		ItemDraft any = null;
		for (ItemDraft draft : drafts) {
			if (draft.owner == owner) {
				if (draft.cites(rule)) {
					return draft;
				}
				any = any == null ? draft : any;
			}
		}
		return any;
	}

	/** The element the diagnostic is on; null when it names none (then the topology takes it). */
	private static EObject elementOf(Issue issue, Topology topology) {
		Resource resource = topology.eResource();
		URI uri = issue.getUriToProblem();
		if (resource == null || uri == null || uri.fragment() == null) {
			return null;
		}
		try {
			return resource.getEObject(uri.fragment());
		} catch (RuntimeException e) {
			return null; // a fragment of a stale or other model: flag it on the topology
		}
	}
}
