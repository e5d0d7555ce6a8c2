package org.pcchat.dsl.generator;

/**
 * A diagnostic of the topology attached to the item it concerns: its rule and the rule's title
 * (worded as the violation), severity ({@code error}, {@code warning} or {@code info}), message,
 * the 1-based line it marks, and how to fix it (empty for a code the catalogue does not know).
 */
public record Flag(String rule, String title, String severity, String message, int line, String fix) {
}
