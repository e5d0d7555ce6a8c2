package org.pcchat.dsl.generator;

import java.util.List;

/**
 * One line of the checklist.
 *
 * @param id       stable across runs and edits elsewhere in the topology: phase, element, topic
 * @param element  the element it concerns, as messages name it ({@code Persistent Chat server 'pc01'})
 * @param machine  the FQDN where its commands run; null when they run anywhere in the deployment
 * @param what     what to do or to check, in a sentence
 * @param why      the rules that require it
 * @param actions  commands that do it (may be empty)
 * @param verify   commands that show it is done
 * @param flags    the topology's diagnostics on this element for these rules
 */
public record Item(String id, Phase phase, String site, String element, String machine, Kind kind, String what,
		List<Reason> why, List<String> actions, List<String> verify, List<Flag> flags) {

	public Item {
		why = List.copyOf(why);
		actions = List.copyOf(actions);
		verify = List.copyOf(verify);
		flags = List.copyOf(flags);
	}

	public boolean isFlagged() {
		return !flags.isEmpty();
	}
}
