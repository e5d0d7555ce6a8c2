package org.pcchat.dsl.ide.server;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.URI;
import org.eclipse.lsp4j.Position;
import org.eclipse.xtext.ide.server.UriExtensions;
import org.eclipse.xtext.validation.Issue;

import com.google.inject.Inject;
import com.google.inject.Singleton;

/**
 * The issues the last build reported for each document, as the client was told them: a hover
 * explains exactly the diagnostics the editor shows, without validating again.
 */
@Singleton
public class PublishedIssues {

	private final Map<URI, List<Issue>> byDocument = new ConcurrentHashMap<>();

	@Inject
	private UriExtensions uris;

	// Keys without authority: the build names files file:/x, requests name them file:///x.
	void put(URI document, Iterable<? extends Issue> issues) {
		List<Issue> copy = new ArrayList<>();
		issues.forEach(copy::add);
		byDocument.put(uris.withEmptyAuthority(document), List.copyOf(copy));
	}

	/** The issues whose range contains the position (LSP positions are 0-based, issues' 1-based). */
	public List<Issue> at(URI document, Position position) {
		return byDocument.getOrDefault(uris.withEmptyAuthority(document), List.of()).stream().filter(issue -> contains(issue, position))
				.toList();
	}

	private static boolean contains(Issue issue, Position position) {
		if (issue.getLineNumber() == null || issue.getColumn() == null || issue.getLineNumberEnd() == null
				|| issue.getColumnEnd() == null) {
			return false;
		}
		int line = position.getLine() + 1;
		int column = position.getCharacter() + 1;
		boolean afterStart = line > issue.getLineNumber()
				|| line == issue.getLineNumber() && column >= issue.getColumn();
		boolean beforeEnd = line < issue.getLineNumberEnd()
				|| line == issue.getLineNumberEnd() && column <= issue.getColumnEnd();
		return afterStart && beforeEnd;
	}
}
