package org.pcchat.dsl.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * Measures, once, how long the packaged server takes from an edit to its diagnostics on a generated
 * topology of about 5,000 lines: 5 warm-up edits, then 20 measured ones, each removing or restoring
 * MSMQ on one server in the middle (so each edit changes the diagnostics). Not a test: timings
 * depend on the machine (and on its load). Run after `./mvnw package` (the jar) and `test-compile` (this class):
 * <pre>
 * java -cp org.pcchat.dsl.cli/target/test-classes:org.pcchat.dsl.cli/target/pcchat.jar \
 *     org.pcchat.dsl.cli.DiagnosticsLatency [LINES]
 * </pre>
 */
public final class DiagnosticsLatency {

  private static final int WARM_UP = 5;
  private static final int MEASURED = 20;

  private DiagnosticsLatency() {
  }

  public static void main(String[] args) throws Exception {
    int lines = args.length > 0 ? Integer.parseInt(args[0]) : 5000;
    Path jar = Path.of(System.getProperty("pcchat.jar", "org.pcchat.dsl.cli/target/pcchat.jar")).toAbsolutePath();
    Path workspace = Files.createTempDirectory("pcchat-latency");
    String text = generate(lines);
    Path file = Files.writeString(workspace.resolve("large.pctopo"), text);
    Path java = Path.of(System.getProperty("java.home"), "bin", "java");
    Process process = new ProcessBuilder(java.toString(), "-jar", jar.toString(), "lsp")
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    LspTestClient editor = new LspTestClient();
    Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(editor, process.getInputStream(),
        process.getOutputStream());
    launcher.startListening();
    LspSession session = new LspSession(launcher.getRemoteProxy());
    session.initialize(workspace, new ClientCapabilities());
    long opened = System.nanoTime();
    String uri = session.open(file);
    editor.awaitDiagnostics(uri, editor.publishCount(uri), d -> !hasPc201(d));
    System.out.printf("%d lines, %d characters; open to first diagnostics: %d ms%n",
        text.lines().count(), text.length(), TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - opened));
    List<Double> times = measure(session, editor, uri, text);
    get(session.server().shutdown());
    session.server().exit();
    System.out.println("server exit code: " + (process.waitFor(30, TimeUnit.SECONDS) ? process.exitValue() : "none"));
    report(times);
    System.exit(0); // LSP4J's client threads would keep the JVM alive for another minute
  }

  /** Alternately deletes and re-inserts "MSMQ, " on the probe line, as an editor sends typing: incrementally. */
  private static List<Double> measure(LspSession session, LspTestClient editor, String uri, String text)
      throws InterruptedException {
    Position start = LspSession.positionOf(text, "MSMQ, DotNet45, PowerShell3, WIF // latency probe", 0);
    Range queue = new Range(start, new Position(start.getLine(), start.getCharacter() + "MSMQ, ".length()));
    List<Double> times = new ArrayList<>();
    for (int edit = 0; edit < WARM_UP + MEASURED; edit++) {
      boolean remove = edit % 2 == 0;
      int seen = editor.publishCount(uri);
      long begin = System.nanoTime();
      if (remove) {
        session.edit(uri, queue, "");
      } else {
        session.edit(uri, new Range(start, start), "MSMQ, ");
      }
      editor.awaitDiagnostics(uri, seen, d -> hasPc201(d) == remove);
      double millis = (System.nanoTime() - begin) / 1e6;
      if (edit >= WARM_UP) {
        times.add(millis);
      }
    }
    return times;
  }

  private static void report(List<Double> times) {
    List<Double> sorted = new ArrayList<>(times);
    Collections.sort(sorted);
    double median = (sorted.get(sorted.size() / 2 - 1) + sorted.get(sorted.size() / 2)) / 2;
    double p95 = sorted.get((int) Math.ceil(0.95 * sorted.size()) - 1);
    System.out.printf("edit to diagnostics over %d edits (after %d warm-up): median %.0f ms, p95 %.0f ms, "
        + "min %.0f ms, max %.0f ms%n", sorted.size(), WARM_UP, median, p95, sorted.get(0), sorted.get(sorted.size() - 1));
    System.out.println("all (ms, in order): " + times.stream().map(t -> String.format("%.0f", t)).toList());
  }

  private static boolean hasPc201(List<Diagnostic> diagnostics) {
    return diagnostics.stream().anyMatch(d -> "PC201".equals(d.getCode().getLeft()));
  }

  private static <T> T get(java.util.concurrent.CompletableFuture<T> future) throws Exception {
    return LspSession.get(future);
  }

  /** A valid topology of about {@code lines} lines: one Front End, and chat pools each with its own SQL instance. */
  static String generate(int lines) {
    int pools = Math.max(1, (lines - 30) / 31 + 1);
    StringBuilder text = new StringBuilder("""
        // Generated by DiagnosticsLatency: many Persistent Chat pools on one Front End.
        topology Large {
            product Lync2013
            authority CA "CN=Large CA, DC=large, DC=local"
            site Main {
                timezone "Pacific Standard Time"
                sqlserver SQL {
                    fqdn "sql.large.local"
                    sql SQL2012 sp 2 edition Enterprise
                    os WindowsServer2012R2 Standard
                    instance RTC
        """);
    for (int index = 0; index < pools; index++) {
      text.append("            instance MGC").append(index).append('\n');
    }
    text.append("""
                }
                fileshare Share "\\\\\\\\fs.large.local\\\\share"
                frontend pool FE {
                    fqdn "fe.large.local"
                    backend SQL.RTC
                    filestore Share
                    server fe1 {
                        fqdn "fe1.large.local"
                        os WindowsServer2012R2 Standard
                        certificate "fe1.large.local" san "fe.large.local" issuer CA keysize 2048
                    }
                }
        """);
    for (int index = 0; index < pools; index++) {
      pool(text, index, index == pools / 2);
    }
    return text.append("    }\n}\n").toString();
  }

  private static void pool(StringBuilder text, int index, boolean probe) {
    text.append("        persistentchat pool P").append(index).append(" {\n")
        .append("            fqdn \"p").append(index).append(".large.local\"\n")
        .append("            nexthop FE\n            store SQL.MGC").append(index)
        .append("\n            filestore Share\n");
    for (int server = 0; server < 4; server++) {
      String name = "p" + index + "s" + server;
      text.append("            server ").append(name).append(" {\n")
          .append("                fqdn \"").append(name).append(".large.local\"\n")
          .append("                os WindowsServer2012R2 Standard\n")
          .append("                installed MSMQ, DotNet45, PowerShell3, WIF")
          .append(probe && server == 0 ? " // latency probe" : "").append('\n')
          .append("                certificate \"").append(name).append(".large.local\" san \"p").append(index)
          .append(".large.local\" issuer CA keysize 2048\n            }\n");
    }
    text.append("        }\n");
  }
}
