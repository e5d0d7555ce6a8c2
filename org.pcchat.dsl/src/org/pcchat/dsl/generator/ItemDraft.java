package org.pcchat.dsl.generator;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.pcchat.dsl.model.ElementKinds;
import org.pcchat.dsl.rules.Sources;

/**
 * An item while the checklist is being built: it keeps the model element it concerns, so that
 * the topology's diagnostics can be attached to it before it becomes an immutable {@link Item}.
 */
final class ItemDraft {

	final String id;
	final Phase phase;
	final String site;
	final EObject owner;
	Kind kind = Kind.TODO;
	/** The item's element is already deployed ({@code existing}): the item checks, it never installs or creates. */
	boolean deployed;
	/** What to check instead when {@link #deployed}; null: the generic wording. */
	String whenDeployed;
	String what = "";
	String machine;
	final List<String> rules = new ArrayList<>();
	/** Reasons no rule checks: a documented step, with its requirement and source. */
	final List<Reason> steps = new ArrayList<>();
	final List<String> actions = new ArrayList<>();
	final List<String> verify = new ArrayList<>();
	final List<Flag> flags = new ArrayList<>();

	ItemDraft(String id, Phase phase, String site, EObject owner) {
		this.id = id;
		this.phase = phase;
		this.site = site;
		this.owner = owner;
	}

	ItemDraft todo(String text) {
		this.kind = Kind.TODO;
		this.what = text;
		return this;
	}

	/** Something the topology does not say, to check on the machine. */
	ItemDraft verify(String text) {
		this.kind = Kind.VERIFY;
		this.what = text;
		return this;
	}

	/** What the item checks when its element is already deployed ({@code existing}). */
	ItemDraft ifDeployed(String text) {
		this.whenDeployed = text;
		return this;
	}

	/** Overrides whether the item's element counts as deployed (an item about several elements decides itself). */
	ItemDraft deployed(boolean value) {
		this.deployed = value;
		return this;
	}

	/** A step of a runbook, taken only when the runbook is. */
	ItemDraft step(String text) {
		this.kind = Kind.RUNBOOK;
		this.what = text;
		return this;
	}

	ItemDraft on(String fqdn) {
		this.machine = fqdn;
		return this;
	}

	ItemDraft why(String... ruleIds) {
		for (String rule : ruleIds) {
			if (!rules.contains(rule)) {
				rules.add(rule);
			}
		}
		return this;
	}

	/** A reason that no rule of the catalogue checks: the documented step's requirement and its page. */
	ItemDraft because(String sourceKey, String requirement) {
		steps.add(new Reason(null, requirement, Sources.get(sourceKey)));
		return this;
	}

	ItemDraft run(String... commands) {
		actions.addAll(Arrays.asList(commands));
		return this;
	}

	ItemDraft run(List<String> commands) {
		actions.addAll(commands);
		return this;
	}

	ItemDraft check(String... commands) {
		verify.addAll(Arrays.asList(commands));
		return this;
	}

	ItemDraft check(List<String> commands) {
		verify.addAll(commands);
		return this;
	}

	boolean cites(String rule) {
		return rules.contains(rule);
	}

	/** The item, its rules' reasons first, then the steps'. */
	Item toItem(List<Reason> ruleReasons) {
		List<Reason> reasons = new ArrayList<>(ruleReasons);
		reasons.addAll(steps);
		// verification and the runbooks are checks and procedures whatever exists already
		if (deployed && (kind == Kind.TODO || !actions.isEmpty()) && phase != Phase.VERIFICATION && phase != Phase.RUNBOOKS) {
			// an existing machine or pool gets checked, never installed or created: no commands that change it
			String check = whenDeployed != null ? whenDeployed
					: kind == Kind.VERIFY ? what
					: "Already deployed, so check rather than do: " + Character.toLowerCase(what.charAt(0)) + what.substring(1);
			return new Item(id, phase, site, ElementKinds.label(owner), machine, Kind.VERIFY, check, reasons, List.of(),
					verify, flags);
		}
		return new Item(id, phase, site, ElementKinds.label(owner), machine, kind, what, reasons, actions, verify, flags);
	}
}
