package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;

/**
 * Writes generated files without ever damaging someone else's: every target is checked before
 * anything is written (a file pcchat did not write stops the whole run), each file lands directly
 * in its output directory, and each is written to a temporary file there, forced to disk and
 * renamed over the target, so a reader never sees half a checklist, even after a crash. A run
 * stopped while writing removes its temporary file, and one killed outright leaves a hidden one
 * that the next run removes.
 */
final class OutputWriter {

	/** What happened to one file. */
	enum Outcome { WRITTEN, UNCHANGED }

	private static final int TEMPORARY_NAME_ATTEMPTS = 10;
	private static final String TEMPORARY_SUFFIX = ".tmp";

	/** Temporary files being written; removed when the run is stopped before renaming them. */
	private static final TemporaryFiles TEMPORARY = new TemporaryFiles();

	static {
		Runtime.getRuntime().addShutdownHook(new Thread(TEMPORARY::removeAll, "pcchat-remove-temporary-files"));
	}

	private OutputWriter() {
	}

	/** Fails, naming the file, unless every output can be written; writes nothing either way. */
	static void checkAll(List<OutputFile> outputs) throws InputException {
		Map<Path, OutputFile> targets = new HashMap<>();
		for (OutputFile output : outputs) {
			Path target = output.target();
			if (target == null) {
				throw new InputException(output.display(), "refusing to write outside the output directory "
						+ output.directory());
			}
			OutputFile other = targets.putIfAbsent(target, output);
			if (other != null) {
				throw new InputException(output.display(), "both " + other.source() + " and " + output.source()
						+ " would write this file; give their topologies different names or write them with -o to "
						+ "different directories");
			}
			checkDirectory(output);
			checkTarget(output, target);
		}
	}

	private static void checkDirectory(OutputFile output) throws InputException {
		Path directory = output.directory();
		for (Path folder = directory.toAbsolutePath().normalize(); folder != null; folder = folder.getParent()) {
			if (Files.exists(folder) && !Files.isDirectory(folder)) {
				throw new InputException(directory.toString(), "cannot be the output directory: " + folder
						+ " is not a directory");
			}
		}
	}

	/** A file in the way is acceptable only when it is a regular file that starts with pcchat's header. */
	private static void checkTarget(OutputFile output, Path target) throws InputException {
		BasicFileAttributes attributes;
		try {
			attributes = Files.readAttributes(target, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
		} catch (NoSuchFileException e) {
			return;
		} catch (IOException e) {
			throw new InputException(output.display(), "cannot be inspected: " + e.getMessage(), e);
		}
		String thing = attributes.isSymbolicLink() ? "a symbolic link"
				: attributes.isDirectory() ? "a directory"
				: !attributes.isRegularFile() ? "something other than a file"
				: isOwn(output, target) ? null
				: output.kind().notOwn();
		if (thing != null) {
			throw new InputException(output.display(), thing + " is in the way; nothing was written: move it "
					+ "away or " + output.kind().alternative());
		}
	}

	private static boolean isOwn(OutputFile output, Path target) throws InputException {
		try {
			return output.kind().isOwn(target);
		} catch (IOException e) {
			throw new InputException(output.display(), "cannot read the file in the way: " + e.getMessage(), e);
		}
	}

	/** Writes one checked output; a target with the same bytes already is left untouched. */
	static Outcome write(OutputFile output) throws InputException {
		Path target = output.target();
		try {
			Files.createDirectories(target.getParent());
			removeStaleTemporaries(output, target);
			if (sameContent(target, output.content())) {
				return Outcome.UNCHANGED;
			}
			Path temporary = temporaryCopy(target, output.content());
			try {
				Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			} finally {
				Files.deleteIfExists(temporary);
				TEMPORARY.forget(temporary);
			}
			return Outcome.WRITTEN;
		} catch (AccessDeniedException e) {
			throw new InputException(output.display(), "cannot write: permission denied", e);
		} catch (IOException e) {
			throw new InputException(output.display(), "cannot write: " + e.getMessage(), e);
		}
	}

	/** A new file beside {@code target} holding {@code content}, on disk before it is renamed. */
	// Created with CREATE_NEW rather than Files.createTempFile: that would make the checklist
	// readable by its owner only, while a new file gets the user's usual permissions (umask).
	private static Path temporaryCopy(Path target, byte[] content) throws IOException {
		for (int attempt = 0; attempt < TEMPORARY_NAME_ATTEMPTS; attempt++) {
			Path temporary = target.resolveSibling("." + target.getFileName() + "."
					+ Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE) + TEMPORARY_SUFFIX);
			try (FileChannel channel = TEMPORARY.create(temporary)) {
				ByteBuffer buffer = ByteBuffer.wrap(content);
				while (buffer.hasRemaining()) {
					channel.write(buffer);
				}
				// so that after a crash the rename has either not happened or shows the whole file
				channel.force(true);
				return temporary;
			} catch (FileAlreadyExistsException e) {
				continue; // another name
			} catch (IOException e) {
				if (TEMPORARY.forget(temporary)) { // created here, so no one else's file
					Files.deleteIfExists(temporary);
				}
				throw e;
			}
		}
		throw new IOException("no free temporary file name beside " + target);
	}

	/**
	 * Temporary files of {@code target} that a run killed while writing left behind: named as this
	 * class names them and holding the beginning of pcchat's output, so never a file of the user's.
	 */
	private static void removeStaleTemporaries(OutputFile output, Path target) throws IOException {
		Pattern name = Pattern.compile(Pattern.quote("." + target.getFileName() + ".") + "[0-9a-f]{1,16}"
				+ Pattern.quote(TEMPORARY_SUFFIX));
		try (DirectoryStream<Path> stale = Files.newDirectoryStream(target.getParent(),
				entry -> name.matcher(entry.getFileName().toString()).matches())) {
			for (Path temporary : stale) {
				if (Files.isRegularFile(temporary, LinkOption.NOFOLLOW_LINKS) && startsLikeOutput(output, temporary)) {
					Files.deleteIfExists(temporary);
				}
			}
		}
	}

	private static boolean startsLikeOutput(OutputFile output, Path file) throws IOException {
		byte[] header = output.kind().headerPrefix().getBytes(StandardCharsets.UTF_8);
		try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
			byte[] beginning = in.readNBytes(header.length);
			return Arrays.equals(beginning, Arrays.copyOf(header, beginning.length));
		}
	}

	private static boolean sameContent(Path target, byte[] content) throws IOException {
		return Files.isRegularFile(target, LinkOption.NOFOLLOW_LINKS) && Files.size(target) == content.length
				&& Arrays.equals(Files.readAllBytes(target), content);
	}
}
