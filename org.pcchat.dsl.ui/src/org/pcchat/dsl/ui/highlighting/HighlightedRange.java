package org.pcchat.dsl.ui.highlighting;

/** A stretch of text and the semantic style it gets, one of {@link ReferencesAndDeclarations}' ids. */
public record HighlightedRange(int offset, int length, String styleId) {
}
