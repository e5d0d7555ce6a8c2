package org.pcchat.dsl.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the paths on the command line into the files to read, and the paths that cannot be. */
final class InputFiles {

	static final String EXTENSION = ".pctopo";

	/**
	 * What the paths name: the files to read, each once, named as the user would recognise it and
	 * sorted by that name; and one problem per path, or folder found below one, that cannot be read
	 * (missing, not a file, a folder that may not be listed, a folder without topologies). The run
	 * goes on with the files and reports the problems.
	 */
	record Inputs(List<SourceFile> files, List<InputException> unreadable) {
	}

	private InputFiles() {
	}

	/** Files are taken as named, whatever their extension; directories are searched recursively for *.pctopo. */
	static Inputs collect(List<String> arguments) {
		Map<Path, SourceFile> files = new LinkedHashMap<>();
		List<InputException> unreadable = new ArrayList<>();
		for (String argument : arguments) {
			try {
				for (SourceFile file : expand(argument, unreadable)) {
					files.putIfAbsent(file.path().toAbsolutePath().normalize(), file);
				}
			} catch (InputException e) {
				unreadable.add(e);
			}
		}
		List<SourceFile> sorted = new ArrayList<>(files.values());
		sorted.sort(Comparator.comparing(SourceFile::displayPath));
		return new Inputs(List.copyOf(sorted), List.copyOf(unreadable));
	}

	private static List<SourceFile> expand(String argument, List<InputException> unreadable) throws InputException {
		Path path = Path.of(argument);
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(path, BasicFileAttributes.class);
		} catch (IOException e) {
			throw InputException.reading(argument, e);
		}
		if (attributes.isDirectory()) {
			return filesBelow(argument, path, unreadable);
		}
		if (attributes.isRegularFile()) {
			return List.of(new SourceFile(argument, path));
		}
		throw new InputException(argument, "not a regular file");
	}

	/** The topology files below {@code directory}; a folder below it that cannot be listed is one problem, and the search goes on. */
	private static List<SourceFile> filesBelow(String argument, Path directory, List<InputException> unreadable)
			throws InputException {
		List<SourceFile> found = new ArrayList<>();
		int problems = unreadable.size();
		try {
			Files.walkFileTree(directory, new SimpleFileVisitor<>() {
				@Override
				public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
					// Files.isRegularFile follows a symbolic link to the file it names; FIFOs and devices are not topologies.
					if (file.getFileName().toString().endsWith(EXTENSION) && Files.isRegularFile(file)) {
						found.add(new SourceFile(file.toString(), file));
					}
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult visitFileFailed(Path file, IOException e) {
					unreadable.add(InputException.reading(file.toString(), e));
					return FileVisitResult.CONTINUE;
				}

				@Override
				public FileVisitResult postVisitDirectory(Path folder, IOException e) {
					if (e != null) {
						unreadable.add(InputException.reading(folder.toString(), e));
					}
					return FileVisitResult.CONTINUE;
				}
			});
		} catch (IOException e) {
			throw InputException.reading(argument, e);
		}
		if (found.isEmpty() && unreadable.size() == problems) {
			throw new InputException(argument, "no " + EXTENSION + " files in this directory or below");
		}
		return found;
	}
}
