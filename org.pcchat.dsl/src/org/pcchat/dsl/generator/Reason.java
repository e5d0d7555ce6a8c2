package org.pcchat.dsl.generator;

import org.pcchat.dsl.rules.Source;

/**
 * Why an item exists: the requirement it meets as one positive sentence, with the page that states
 * it. {@code rule} is the catalogue's rule that checks the requirement, or null for a step that no
 * rule checks (a runbook step, a post-deployment setting).
 */
public record Reason(String rule, String requirement, Source source) {
}
