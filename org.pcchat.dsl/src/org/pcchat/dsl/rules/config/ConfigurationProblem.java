package org.pcchat.dsl.rules.config;

/** Something wrong in a {@code pcchat.json}, at the 1-based line and column of the offending token. */
public record ConfigurationProblem(int line, int column, String message) {
}
