package org.pcchat.dsl.ui.wizard;

import java.util.Locale;

import org.eclipse.xtext.conversion.IValueConverterService;
import org.pcchat.dsl.ui.PctopoUi;

import com.google.inject.Inject;

/**
 * The text of a new topology file: the smallest deployment that satisfies every rule (one site
 * with a SQL Server, a file share, a Front End pool and a Persistent Chat pool), named after the
 * file. Names are written as the language's value converter writes an ID (keywords escaped).
 */
public class StarterTopology {

	private static final String TEMPLATE = """
			// %2$s: a starting point. Replace the names, FQDNs, versions and certificates with your deployment's.
			topology %1$s {
			    product Lync2013
			    authority CA "CN=%2$s CA"

			    site Main {
			        sqlserver SQL {
			            fqdn "sql.%3$s"
			            sql SQL2012 edition Standard
			            os WindowsServer2012
			            instance RTC
			            instance MGC
			        }
			        fileshare Share "\\\\\\\\fs.%3$s\\\\share"

			        frontend pool FE {
			            fqdn "fe.%3$s"
			            backend SQL.RTC
			            filestore Share
			            server fe1 {
			                fqdn "fe1.%3$s"
			                os WindowsServer2012
			                certificate "fe1.%3$s" san "fe.%3$s" issuer CA
			            }
			        }

			        persistentchat pool PC {
			            fqdn "pc.%3$s"
			            nexthop FE
			            store SQL.MGC
			            filestore Share
			            server pc1 {
			                fqdn "pc1.%3$s"
			                os WindowsServer2012
			                installed MSMQ, DotNet45, PowerShell3, WIF
			                certificate "pc1.%3$s" san "pc.%3$s" issuer CA
			            }
			        }
			    }
			}
			""";

	private static final int MAX_LABEL = 63;

	@Inject
	private IValueConverterService converters;

	public static StarterTopology get() {
		return PctopoUi.injector().getInstance(StarterTopology.class);
	}

	/** The starter text for a file named {@code fileName} ({@code lab.pctopo} gives topology {@code lab}). */
	public String text(String fileName) {
		String name = nameFor(fileName);
		return TEMPLATE.formatted(converters.toString(name, "ID"), name, domainFor(name));
	}

	/** The file's base name as an identifier: other characters become '_', a leading digit gets one. */
	static String nameFor(String fileName) {
		String base = fileName.endsWith(".pctopo") ? fileName.substring(0, fileName.length() - ".pctopo".length())
				: fileName;
		String name = base.replaceAll("[^A-Za-z0-9_]", "_");
		return name.isEmpty() || Character.isDigit(name.charAt(0)) ? "_" + name : name;
	}

	/** A DNS domain for the topology's machines: {@code <name>.local}, lower case, letters, digits and '-'. */
	static String domainFor(String name) {
		String label = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
		if (label.length() > MAX_LABEL) {
			label = label.substring(0, MAX_LABEL).replaceAll("-+$", "");
		}
		return (label.isEmpty() ? "topology" : label) + ".local";
	}
}
