package org.pcchat.dsl.ide.hover;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a hover says, written once for every editor: a heading, optionally with an address (an
 * FQDN), then paragraphs of text, code and links. The language server sends it as Markdown, Eclipse
 * shows it as plain text with the heading on the first line (its hover control makes that line bold).
 */
public final class HoverContent {

	/** A run of a paragraph. */
	public sealed interface Span {
	}

	public record Text(String text) implements Span {
	}

	/** Something typed as is: a comment to write, a name. */
	public record Code(String code) implements Span {
	}

	public record Link(String title, String url) implements Span {
	}

	private final String heading;
	private final String address;
	private final List<List<Span>> paragraphs = new ArrayList<>();

	public HoverContent(String heading, String address) {
		this.heading = heading;
		this.address = address;
	}

	/** Adds a paragraph of these runs, or of one run of text when given a string. */
	public HoverContent paragraph(Object... spans) {
		List<Span> paragraph = new ArrayList<>();
		for (Object span : spans) {
			paragraph.add(span instanceof Span given ? given : new Text(String.valueOf(span)));
		}
		paragraphs.add(paragraph);
		return this;
	}

	/** {@code **heading** `address`}, then the paragraphs, separated by empty lines. */
	public String markdown() {
		StringBuilder markdown = new StringBuilder("**").append(heading).append("**");
		if (address != null) {
			markdown.append(" `").append(address).append('`');
		}
		for (List<Span> paragraph : paragraphs) {
			markdown.append("\n\n").append(paragraph.stream().map(HoverContent::markdown).collect(Collectors.joining()));
		}
		return markdown.toString();
	}

	/**
	 * The heading (and address) on the first line, then the paragraphs, separated by empty lines and
	 * wrapped at {@code width} characters (a longer word, such as a URL, has a line of its own).
	 */
	public String plain(int width) {
		StringBuilder plain = new StringBuilder(heading);
		if (address != null) {
			plain.append(", ").append(address);
		}
		for (List<Span> paragraph : paragraphs) {
			plain.append("\n\n").append(wrap(paragraph.stream().map(HoverContent::plain).collect(Collectors.joining()), width));
		}
		return plain.toString();
	}

	private static String wrap(String text, int width) {
		StringBuilder wrapped = new StringBuilder();
		int lineLength = 0;
		for (String word : text.strip().split("\\s+")) {
			if (lineLength > 0 && lineLength + 1 + word.length() > width) {
				wrapped.append('\n');
				lineLength = 0;
			} else if (lineLength > 0) {
				wrapped.append(' ');
				lineLength++;
			}
			wrapped.append(word);
			lineLength += word.length();
		}
		return wrapped.toString();
	}

	private static String markdown(Span span) {
		return switch (span) {
			case Text text -> text.text();
			case Code code -> "`" + code.code() + "`";
			case Link link -> "[" + link.title() + "](" + link.url() + ")";
		};
	}

	private static String plain(Span span) {
		return switch (span) {
			case Text text -> text.text();
			case Code code -> code.code();
			case Link link -> link.title() + ", " + link.url();
		};
	}
}
