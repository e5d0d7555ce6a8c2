package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Zip archives for the import tests: an Export-CsConfiguration export, and hostile ones. */
final class Archives {

	private Archives() {
	}

	/** An export as Export-CsConfiguration writes it: DocItemSet.xml beside its metadata. */
	static Path exportOf(Path dir, Path docItemSet) throws IOException {
		return zip(dir.resolve("CsConfiguration.zip"), "DocItemSet.xml", Files.readAllBytes(docItemSet),
				"MetaData.xml", "<MetaData Version=\"1\" />".getBytes());
	}

	/** A zip of name and content pairs. */
	static Path zip(Path file, Object... entries) throws IOException {
		try (OutputStream out = Files.newOutputStream(file); ZipOutputStream zip = new ZipOutputStream(out)) {
			for (int i = 0; i < entries.length; i += 2) {
				zip.putNextEntry(new ZipEntry((String) entries[i]));
				zip.write((byte[]) entries[i + 1]);
				zip.closeEntry();
			}
		}
		return file;
	}
}
