// The pcchat extension: starts the pcchat language server (`pcchat lsp`, LSP over stdio) for
// .pctopo files. The server does the work: diagnostics, completion, hover, outline, navigation,
// quick fixes, formatting and semantic highlighting; this file only finds and launches it.
'use strict';

const fs = require('fs');
const path = require('path');
const vscode = require('vscode');
const { LanguageClient } = require('vscode-languageclient/node');

const JAR_IN_CHECKOUT = path.join('org.pcchat.dsl.cli', 'target', 'pcchat.jar');

let client;

/** The configured command, or `java -jar` on the configured jar or the jar of a checkout in the workspace. */
function serverCommand(settings) {
  const command = settings.get('server.command', []);
  if (command.length > 0) {
    return { command: command[0], args: command.slice(1) };
  }
  const jar = settings.get('server.jar', '') || jarInWorkspace();
  if (!jar) {
    return undefined;
  }
  const args = ['-jar', jar, 'lsp'];
  const rulesUrl = settings.get('rulesUrl', '');
  if (rulesUrl) {
    args.push('--rules-url', rulesUrl);
  }
  return { command: javaExecutable(settings), args };
}

function jarInWorkspace() {
  for (const folder of vscode.workspace.workspaceFolders || []) {
    const jar = path.join(folder.uri.fsPath, JAR_IN_CHECKOUT);
    if (fs.existsSync(jar)) {
      return jar;
    }
  }
  return '';
}

function javaExecutable(settings) {
  const home = settings.get('java.home', '') || process.env.JAVA_HOME || '';
  const name = process.platform === 'win32' ? 'java.exe' : 'java';
  return home ? path.join(home, 'bin', name) : name;
}

function activate(context) {
  const server = serverCommand(vscode.workspace.getConfiguration('pcchat'));
  if (!server) {
    vscode.window.showErrorMessage('pcchat: no language server found. Build it with `./mvnw package` in a '
      + 'pcchat checkout and set "pcchat.server.jar" to org.pcchat.dsl.cli/target/pcchat.jar, '
      + 'or "pcchat.server.command" to ["<checkout>/pcchat", "lsp"].');
    return;
  }
  const settings = vscode.workspace.getConfiguration('pcchat');
  client = new LanguageClient('pcchat', 'pcchat language server', server, {
    documentSelector: [{ scheme: 'file', language: 'pctopo' }],
    // The server writes into the workspace only when asked to (docs/language-server.md).
    initializationOptions: { generateChecklists: settings.get('generateChecklists', false) },
  });
  context.subscriptions.push(vscode.workspace.onDidChangeConfiguration((event) => {
    if (event.affectsConfiguration('pcchat')) {
      vscode.window.showInformationMessage('pcchat: reload the window to apply the new settings.');
    }
  }));
  return client.start();
}

function deactivate() {
  return client ? client.stop() : undefined;
}

module.exports = { activate, deactivate };
