package org.pcchat.dsl.cli;

import picocli.CommandLine.Option;

/**
 * {@code --max-size SIZE}: the largest input file a command reads. A mixin for every command that
 * reads files a user names (check, generate, import): add {@code @Mixin MaxSizeOption maxSize;} and
 * read each file with {@link SourceFile#read(SizeLimit)} (text) or
 * {@link SourceFile#readBytes(SizeLimit)} (bytes, for formats that declare their own encoding),
 * passing {@link #limit()}; a larger file is then an {@link InputException} that names the limit
 * and this option.
 */
final class MaxSizeOption {

	/**
	 * The default: room for a 100,000-server topology, every attribute written, which is 63.7 MB (the
	 * benchmarks' generator); checking it takes about 1 GiB of heap and ten seconds.
	 */
	static final String DEFAULT = "100MB";

	static final SizeLimit DEFAULT_LIMIT = SizeLimit.parse(DEFAULT);

	@Option(names = "--max-size", paramLabel = "SIZE", defaultValue = DEFAULT, converter = SizeLimit.Converter.class,
			description = {"The largest file to read: bytes, or a number with k, M or G (units of 1,024), e.g. 512k, "
					+ "100MB. A larger file is not read and makes the run exit with 2.",
					"Default: ${DEFAULT-VALUE}, room for a topology of 100,000 servers (63.7 MB with every attribute)."})
	private SizeLimit limit = DEFAULT_LIMIT;

	SizeLimit limit() {
		return limit;
	}
}
