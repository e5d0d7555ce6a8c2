package org.pcchat.dsl.generator;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Output file names derived from topology names, safe on every file system: only
 * {@code [A-Za-z0-9._-]}, no leading dot or hyphen (no {@code ..}, hidden files or options), no
 * Windows device name, at most 100 characters; anything else falls back to {@link #FALLBACK}.
 */
public final class FileNames {

	/** The base name when nothing usable is left of the topology's name. */
	public static final String FALLBACK = "topology";

	private static final int MAX_LENGTH = 100;
	private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");
	// Windows' device names (its file naming rules list COM0 and LPT0 too); no extension makes them usable.
	private static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM0", "COM1", "COM2", "COM3",
			"COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6",
			"LPT7", "LPT8", "LPT9");

	private FileNames() {
	}

	/** {@code Contoso} gives {@code Contoso}; {@code ../etc} gives {@code etc}; {@code CON} gives the fallback. */
	public static String sanitize(String name) {
		String safe = UNSAFE.matcher(name == null ? "" : name).replaceAll("_");
		safe = safe.replaceAll("^[._-]+", "").replaceAll("\\.{2,}", ".").replaceAll("\\.+$", "");
		if (safe.length() > MAX_LENGTH) {
			safe = safe.substring(0, MAX_LENGTH).replaceAll("\\.+$", "");
		}
		String device = safe.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
		if (safe.isEmpty() || safe.chars().allMatch(c -> c == '_') || RESERVED.contains(device)) {
			return FALLBACK;
		}
		return safe;
	}

	/** {@code Contoso.checklist.md} and the like. */
	public static String checklistFile(String topologyName, ChecklistFormat format) {
		return sanitize(topologyName) + ".checklist." + format.extension();
	}
}
