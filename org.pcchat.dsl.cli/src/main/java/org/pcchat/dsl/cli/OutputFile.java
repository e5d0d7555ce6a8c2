package org.pcchat.dsl.cli;

import java.nio.file.Path;

import org.pcchat.dsl.generator.ChecklistFormat;

/**
 * One checklist to write: the file {@code name} directly inside {@code directory}, named
 * {@code display} in messages, with its whole content; {@code source} is the topology it comes from.
 */
record OutputFile(Path directory, String name, String display, OutputKind kind, byte[] content, String source) {

	/** A checklist in {@code format}. */
	OutputFile(Path directory, String name, String display, ChecklistFormat format, byte[] content, String source) {
		this(directory, name, display, OutputKind.checklist(format), content, source);
	}

	/** Where it goes, or null when {@code name} would not be a plain file directly inside the directory. */
	Path target() {
		Path folder = directory.toAbsolutePath().normalize();
		Path target = folder.resolve(name).normalize();
		boolean plainName = target.getFileName() != null && target.getFileName().toString().equals(name);
		return plainName && folder.equals(target.getParent()) ? target : null;
	}
}
