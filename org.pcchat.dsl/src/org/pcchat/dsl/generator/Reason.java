package org.pcchat.dsl.generator;

/** Why an item exists: a rule of the catalogue, with its title and the document it restates. */
public record Reason(String rule, String title, String source) {
}
