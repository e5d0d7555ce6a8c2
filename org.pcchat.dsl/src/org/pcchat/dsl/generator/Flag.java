package org.pcchat.dsl.generator;

/**
 * A diagnostic of the topology attached to the item it concerns: its rule, severity
 * ({@code error}, {@code warning} or {@code info}), message and the 1-based line it marks.
 */
public record Flag(String rule, String severity, String message, int line) {
}
