package org.pcchat.dsl.generator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The style ({@code checklist.css}) and the script ({@code checklist.js}) of the HTML checklist,
 * inlined so the page needs no other file. The script keeps the ticked boxes in the browser's
 * localStorage under a key of their own per checklist (the topology's name and the page's path),
 * so that two checklists never share ticks; without localStorage (some private modes) boxes still tick.
 */
final class HtmlAssets {

	static final String STYLE = read("checklist.css");
	static final String SCRIPT = read("checklist.js");

	private HtmlAssets() {
	}

	private static String read(String name) {
		try (InputStream in = HtmlAssets.class.getResourceAsStream(name)) {
			if (in == null) {
				throw new IllegalStateException(name + " is missing beside " + HtmlAssets.class.getName());
			}
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		} catch (IOException e) {
			throw new UncheckedIOException("reading " + name, e);
		}
	}
}
