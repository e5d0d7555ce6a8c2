package org.pcchat.dsl.tests.parsing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import org.eclipse.xtext.formatting2.FormatterRequest;
import org.eclipse.xtext.formatting2.IFormatter2;
import org.eclipse.xtext.formatting2.regionaccess.ITextRegionAccess;
import org.eclipse.xtext.formatting2.regionaccess.ITextReplacement;
import org.eclipse.xtext.formatting2.regionaccess.TextRegionAccessBuilder;
import org.eclipse.xtext.resource.XtextResource;
import org.eclipse.xtext.testing.InjectWith;
import org.eclipse.xtext.testing.extensions.InjectionExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.pcchat.dsl.tests.PctopoInjectorProvider;
import org.pcchat.dsl.tests.support.Locations;
import org.pcchat.dsl.tests.support.Topologies;

import com.google.inject.Inject;
import com.google.inject.Provider;

/** The formatter produces the layout of the examples and leaves canonical text alone. */
@ExtendWith(InjectionExtension.class)
@InjectWith(PctopoInjectorProvider.class)
class FormatterTest {

	@Inject
	private Topologies topologies;

	@Inject
	private IFormatter2 formatter;

	@Inject
	private Provider<FormatterRequest> requests;

	@Inject
	private Provider<TextRegionAccessBuilder> regionAccessBuilders;

	private String format(String text) {
		XtextResource resource = topologies.load("f.pctopo", text);
		ITextRegionAccess access = regionAccessBuilders.get().forNodeModel(resource).create();
		FormatterRequest request = requests.get().setTextRegionAccess(access);
		List<ITextReplacement> replacements = formatter.format(request);
		return access.getRewriter().renderToString(replacements);
	}

	@Test
	void theCanonicalExampleIsAlreadyFormatted() throws Exception {
		String contoso = Files.readString(Locations.repositoryRoot().resolve("examples/contoso.pctopo"), StandardCharsets.UTF_8);
		assertEquals(contoso, format(contoso));
	}

	/** A misspelled element is unknown text: it keeps its own layout, and what is around it is laid out as usual. */
	@Test
	void unknownTextKeepsItsLayout() {
		String text = "topology T{site S{sqlsrever SQL {fqdn   \"sql.t.local\"\n  instance RTC}fileshare F \"D:\\\\f\"}}";
		String expected = """
				topology T {
				    site S {
				        sqlsrever SQL {fqdn   "sql.t.local"
				  instance RTC}
				        fileshare F "D:\\\\f"
				    }
				}""";
		assertEquals(expected, format(text));
	}

	@Test
	void theStretchedPoolExampleIsAlreadyFormatted() throws Exception {
		String stretched = Files.readString(Locations.repositoryRoot().resolve("examples/stretched-pool.pctopo"), StandardCharsets.UTF_8);
		assertEquals(stretched, format(stretched));
	}

	@Test
	void oneLinerBecomesIndentedBlocks() {
		String messy = "topology T{authority CA   \"CN=CA\" site S{ timezone \"UTC\"  sqlserver SQL{fqdn \"sql.t.local\" "
				+ "sql SQL2012   edition Standard hardware {arch x64\n memory 32 GB} instance RTC}"
				+ "persistentchat pool P{nexthop FE store SQL.RTC server pc1 standby{installed MSMQ , WIF}}}}";
		String expected = """
				topology T {
				    authority CA "CN=CA"
				    site S {
				        timezone "UTC"
				        sqlserver SQL {
				            fqdn "sql.t.local"
				            sql SQL2012 edition Standard
				            hardware { arch x64 memory 32 GB }
				            instance RTC
				        }
				        persistentchat pool P {
				            nexthop FE
				            store SQL.RTC
				            server pc1 standby {
				                installed MSMQ, WIF
				            }
				        }
				    }
				}""";
		assertEquals(expected, format(messy));
		assertEquals(expected, format(expected));
	}

	@Test
	void commentsAndOneBlankLineAreKept() {
		String text = "topology T {\n    // the only site\n    site S { }\n\n\n\n    site U { }\n}";
		assertEquals("topology T {\n    // the only site\n    site S { }\n\n    site U { }\n}", format(text));
	}

	@Test
	void valuesGetTheirCanonicalSpelling() {
		String text = """
				topology T {
				    site S {
				        sqlserver SQL {
				            sql sql2012 SP1 edition enterprise
				            os windowsserver2008r2 datacenter SP 1
				            hardware { arch X64 clock 2.26GHz memory 64gb network 10Gbps nics 2 teamed }
				        }
				        persistentchat pool P {
				            server pc1 Active {
				                installed msmq, dotnet45, kb2982006, Foo
				            }
				        }
				    }
				}""";
		assertEquals("""
				topology T {
				    site S {
				        sqlserver SQL {
				            sql SQL2012 sp 1 edition Enterprise
				            os WindowsServer2008R2 Datacenter sp 1
				            hardware { arch x64 clock 2.26 GHz memory 64 GB network 10 Gbps nics 2 teamed }
				        }
				        persistentchat pool P {
				            server pc1 active {
				                installed MSMQ, DotNet45, KB2982006, Foo
				            }
				        }
				    }
				}""", format(text));
	}

	/** On a line of its own a mirror is the chat store's: the formatter keeps the compliance line whole. */
	@Test
	void theComplianceLineStaysOneLineAndNewAttributesStartLines() {
		String text = """
				topology T {
				    site S {
				        existing sqlserver SQL { datacenter DC1 instance A instance B instance C }
				        persistentchat pool P { store SQL.A mirror SQL.B witness SQL.C
				            compliance SQL.A   mirror SQL.B backup SQL.C
				            backup SQL.C
				        }
				    }
				}""";
		assertEquals("""
				topology T {
				    site S {
				        existing sqlserver SQL {
				            datacenter DC1
				            instance A
				            instance B
				            instance C
				        }
				        persistentchat pool P {
				            store SQL.A
				            mirror SQL.B
				            witness SQL.C
				            compliance SQL.A mirror SQL.B backup SQL.C
				            backup SQL.C
				        }
				    }
				}""", format(text));
	}
}
