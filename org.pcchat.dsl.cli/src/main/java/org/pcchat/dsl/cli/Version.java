package org.pcchat.dsl.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import picocli.CommandLine.IVersionProvider;

/** The build's version, filtered into version.properties by Maven. */
final class Version implements IVersionProvider {

	private static final String RESOURCE = "version.properties";

	static String number() {
		try (InputStream in = Version.class.getResourceAsStream(RESOURCE)) {
			Properties properties = new Properties();
			properties.load(in);
			return properties.getProperty("version");
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	@Override
	public String[] getVersion() {
		return new String[] {"pcchat " + number()};
	}
}
