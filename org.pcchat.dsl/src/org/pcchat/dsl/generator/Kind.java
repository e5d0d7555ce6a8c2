package org.pcchat.dsl.generator;

/**
 * What an item asks of the administrator: something to do, something the topology does not say (an
 * absent attribute is unknown, not wrong) or that already runs, to check by hand, or a runbook step.
 */
public enum Kind {

	TODO("todo", "To do"),
	VERIFY("verify", "Verify"),
	/** A step of a failover or failback procedure: not for the change window, but for the day it is needed. */
	RUNBOOK("runbook", "Runbook");

	private final String key;
	private final String label;

	Kind(String key, String label) {
		this.key = key;
		this.label = label;
	}

	public String key() {
		return key;
	}

	public String label() {
		return label;
	}
}
