// Runs after the consumer build: the project's pcchat.json lowers PC201 to a warning, so the
// build succeeds, reports the warning and writes checklists that flag it.
import groovy.json.JsonSlurper

def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
def diagnostics = log.readLines().findAll { it.startsWith('[ERROR] ERROR:') || it.startsWith('[WARNING] WARNING:') }
assert diagnostics.size() == 1 : "expected the PC201 warning only: $diagnostics"
assert diagnostics[0].startsWith("[WARNING] WARNING:Persistent Chat server 'pc1' does not have Message Queuing (MSMQ) installed; every Persistent Chat Server needs it [PC201]")
assert diagnostics[0].endsWith('/src/main/pctopo/lab.pctopo line : 29 column : 20)')

def out = new File(basedir, 'target/checklists')
['md', 'html', 'json', 'csv'].each { assert new File(out, "Lab.checklist.$it").isFile() : "no Lab.checklist.$it" }
def markdown = new File(out, 'Lab.checklist.md').getText('UTF-8')
assert markdown.contains('0 errors and 1 warning flagged')
assert markdown.contains("  - **Flagged warning PC201 Message Queuing not installed** (line 29): Persistent Chat server 'pc1'"
        + " does not have Message Queuing (MSMQ) installed; every Persistent Chat Server needs it."
        + " Fix: Install the MSMQ-Server feature and add MSMQ to the installed list.\n  - Why:\n")
assert markdown.contains('## Resolve first\n\n- **warning PC201** (line 29): ')
def summary = new JsonSlurper().parse(new File(out, 'Lab.checklist.json'), 'UTF-8').summary
assert summary.errors == 0 && summary.warnings == 1 && summary.flagged == 1
return true
