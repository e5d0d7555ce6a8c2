package org.pcchat.dsl.cli.importer;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * The topology inside an Export-CsConfiguration archive: its entry DocItemSet.xml. Nothing is
 * extracted to disk; still, an archive with an entry that would land outside a folder (a name with
 * {@code ..}, an absolute or drive-letter name) is refused whole, as no real export has one, and the
 * entry is read only up to the size limit, whatever its header claims (zip bombs).
 */
final class ArchiveReader {

	static final String DOCUMENT = "DocItemSet.xml";

	private ArchiveReader() {
	}

	static boolean isArchive(byte[] bytes) {
		return bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && (bytes[2] == 3 || bytes[2] == 5)
				&& (bytes[3] == 4 || bytes[3] == 6);
	}

	/** The bytes of DocItemSet.xml. */
	static byte[] document(byte[] archive, String file, Limits limits) throws ImportException {
		byte[] document = null;
		int entries = 0;
		try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
			for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
				String name = entry.getName();
				checkName(name, file);
				if (++entries > Limits.MAX_ENTRIES) {
					throw new ImportException(file, "more than " + Limits.MAX_ENTRIES + " entries; this is not an "
							+ "Export-CsConfiguration archive");
				}
				if (!entry.isDirectory() && baseName(name).equalsIgnoreCase(DOCUMENT)) {
					if (document != null) {
						throw new ImportException(file, "holds " + DOCUMENT + " twice; pcchat cannot tell which is the "
								+ "configuration");
					}
					document = readBounded(zip, file + "!" + name, limits.entryBytes());
				}
			}
		} catch (IOException e) {
			throw new ImportException(file, "not a readable zip archive: " + e.getMessage(), e);
		}
		if (document == null) {
			throw new ImportException(file, "a zip archive without " + DOCUMENT + "; pcchat reads the archives "
					+ "Export-CsConfiguration writes");
		}
		return document;
	}

	private static void checkName(String name, String file) throws ImportException {
		String path = name.replace('\\', '/');
		boolean absolute = path.startsWith("/") || path.matches("(?s)[A-Za-z]:.*");
		boolean escapes = ("/" + path + "/").contains("/../");
		if (absolute || escapes || name.indexOf('\0') >= 0) {
			throw new ImportException(file, "refused: the entry '" + name.replace("\0", "\\0") + "' has "
					+ (absolute ? "an absolute path" : escapes ? "'..' in its path" : "a NUL character in its name")
					+ ", which no Export-CsConfiguration archive has");
		}
	}

	private static String baseName(String name) {
		String path = name.replace('\\', '/');
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static byte[] readBounded(InputStream in, String entry, long limit) throws IOException, ImportException {
		byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
		if (bytes.length > limit) {
			throw new ImportException(entry, "uncompressed, larger than " + Limits.megabytes(limit)
					+ ", the limit on what pcchat reads; refused (--max-size raises the limit)");
		}
		return bytes;
	}
}
