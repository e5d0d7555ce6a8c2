// Runs after the consumer build, which invoker.properties expects to fail: it must have failed
// because of the PC201 error in noqueue.pctopo, reported with its file and position, and have
// written no checklist.
def log = new File(basedir, 'build.log').text
def diagnostic = log.readLines().find { it.startsWith('[ERROR] ERROR:') }
assert diagnostic : "no validation error in the log of $basedir"
assert diagnostic.contains("Persistent Chat server 'pc1' does not have Message Queuing (MSMQ) installed; every Persistent Chat Server needs it [PC201]")
assert diagnostic.contains('/src/main/pctopo/noqueue.pctopo line : 28 column : 20)')
assert log.readLines().count { it.startsWith('[ERROR] ERROR:') || it.startsWith('[WARNING] WARNING:') } == 1 : 'only PC201 expected'
assert log.contains(':generate (default) on project noqueue-lync: Execution failed due to a severe validation error.')

def out = new File(basedir, 'target/checklists')
assert !out.exists() || out.list().length == 0 : "a topology with an error must not get a checklist: ${out.list()}"
return true
