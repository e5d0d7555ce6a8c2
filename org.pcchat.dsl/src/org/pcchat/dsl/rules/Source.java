package org.pcchat.dsl.rules;

/**
 * A public page that a rule or a checklist step restates: its key in the table of sources, its
 * {@code https://} address and its title as the page gives it.
 */
public record Source(String key, String url, String title) {
}
