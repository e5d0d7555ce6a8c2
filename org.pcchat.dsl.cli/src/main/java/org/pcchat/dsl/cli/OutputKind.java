package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

import org.pcchat.dsl.cli.importer.ImportedFile;
import org.pcchat.dsl.generator.ChecklistFormat;

/** A kind of file pcchat writes: how it starts, and how pcchat tells a file of its own from anyone else's. */
interface OutputKind {

	/** The fixed beginning of every such file; temporary files starting so are pcchat's too. */
	String headerPrefix();

	/** Whether the existing regular file may be replaced. */
	boolean isOwn(Path file) throws IOException;

	/** Why a file in the way is not replaced. */
	String notOwn();

	/** What the user can do instead, after "move it away or". */
	String alternative();

	/** A checklist: pcchat's when it starts with the format's header. */
	static OutputKind checklist(ChecklistFormat format) {
		return new OutputKind() {
			@Override
			public String headerPrefix() {
				return format.headerPrefix();
			}

			@Override
			public boolean isOwn(Path file) throws IOException {
				int length = headerPrefix().getBytes(StandardCharsets.UTF_8).length;
				try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
					return format.isGeneratorOutput(new String(in.readNBytes(length), StandardCharsets.UTF_8));
				}
			}

			@Override
			public String notOwn() {
				return "a file pcchat did not write (it does not start with pcchat's header)";
			}

			@Override
			public String alternative() {
				return "choose another directory with -o";
			}
		};
	}

	/** An imported topology: pcchat's while its header's digest matches its content, so an edited one is kept. */
	static OutputKind importedTopology(long maxBytes) {
		return new OutputKind() {
			@Override
			public String headerPrefix() {
				return ImportedFile.headerPrefix();
			}

			@Override
			public boolean isOwn(Path file) throws IOException {
				try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
					byte[] content = in.readNBytes((int) maxBytes + 1);
					return content.length <= maxBytes && ImportedFile.isUnchangedImport(content);
				}
			}

			@Override
			public String notOwn() {
				return "a file pcchat import did not write, or one edited since (its header's digest does not match)";
			}

			@Override
			public String alternative() {
				return "choose another file with -o";
			}
		};
	}
}
